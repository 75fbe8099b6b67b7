class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, *args):
        print("exit", self.name)

with Named("outer"):
    with Named("inner"):
        print("body")
    print("between")
# expect: enter outer
# expect: enter inner
# expect: body
# expect: exit inner
# expect: between
# expect: exit outer
