class Timer:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("start")
        return self

    def __exit__(self, *args):
        self.log.append("stop")

t = Timer()
with t:
    t.log.append("work")
with t:
    pass
print(t.log)  # expect: ['start', 'work', 'stop', 'start', 'stop']
