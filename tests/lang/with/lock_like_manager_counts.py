class Lock:
    def __init__(self):
        self.held = False
        self.uses = 0

    def __enter__(self):
        self.held = True
        self.uses += 1
        return self

    def __exit__(self, *args):
        self.held = False

lock = Lock()
for _ in range(3):
    with lock:
        print(lock.held)
# expect: True
# expect: True
# expect: True
print(lock.held, lock.uses)  # expect: False 3
