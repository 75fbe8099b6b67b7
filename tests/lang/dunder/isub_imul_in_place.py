class Acc:
    def __init__(self, v):
        self.v = v

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

a = Acc(10)
a -= 3
a *= 4
print(a.v)  # expect: 28
