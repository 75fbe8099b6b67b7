class Mgr:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        return self.i

    def __exit__(self, *args):
        print("exit", self.i)

for i in range(5):
    with Mgr(i) as v:
        if v == 2:
            break
        print("body", v)
# expect: body 0
# expect: exit 0
# expect: body 1
# expect: exit 1
# expect: exit 2
print("loop done")  # expect: loop done
