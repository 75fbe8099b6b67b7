class Outer:
    class Inner:
        def hello(self):
            return "inner hello"

    def make(self):
        return self.Inner()

print(Outer().make().hello())
print(Outer.Inner.__name__)
# expect: inner hello
# expect: Inner
