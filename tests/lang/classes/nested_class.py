class Outer:
    class Inner:
        def hello(self):
            return "inner hello"

    def make(self):
        return self.Inner()

print(Outer().make().hello())  # expect: inner hello
print(Outer.Inner.__name__)    # expect: Inner
