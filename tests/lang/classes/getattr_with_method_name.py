class Ops:
    def add(self, a, b):
        return a + b

    def mul(self, a, b):
        return a * b

o = Ops()
for name in ["add", "mul"]:
    print(name, getattr(o, name)(3, 4))
# expect: add 7
# expect: mul 12
