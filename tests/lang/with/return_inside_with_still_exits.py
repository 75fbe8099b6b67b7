class Mgr:
    def __enter__(self):
        print("enter")

    def __exit__(self, *args):
        print("exit")

def f():
    with Mgr():
        return "returned"
    print("unreachable")

print(f())
# expect: enter
# expect: exit
# expect: returned
