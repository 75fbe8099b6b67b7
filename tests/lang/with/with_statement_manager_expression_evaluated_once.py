class Mgr:
    def __enter__(self):
        print("enter")
        return 1

    def __exit__(self, *args):
        print("exit")

def make():
    print("make")
    return Mgr()

with make() as x:
    print("body", x)
# expect: make
# expect: enter
# expect: body 1
# expect: exit
