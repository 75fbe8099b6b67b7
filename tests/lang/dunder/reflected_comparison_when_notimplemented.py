class A:
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented

class B:
    def __gt__(self, other):
        print("B.__gt__")
        return True

print(A() < B())
# expect: A.__lt__
# expect: B.__gt__
# expect: True
