class Mgr:
    def __enter__(self):
        print("enter")

    def __exit__(self, *args):
        print("exit")

try:
    with Mgr():
        print("body")
finally:
    print("finally")
# expect: enter
# expect: body
# expect: exit
# expect: finally
