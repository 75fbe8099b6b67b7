class Mgr:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        return self.i

    def __exit__(self, *args):
        print("exit", self.i)

for i in range(3):
    with Mgr(i) as v:
        if v == 1:
            continue
        print("body", v)
# expect: body 0
# expect: exit 0
# expect: exit 1
# expect: body 2
# expect: exit 2
