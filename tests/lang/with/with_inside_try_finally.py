class Mgr:
    def __enter__(self):
        print("enter")

    def __exit__(self, *args):
        print("exit")

try:
    with Mgr():
        print("body")
    # expect: enter
    # expect: body
    # expect: exit
finally:
    print("finally")  # expect: finally
