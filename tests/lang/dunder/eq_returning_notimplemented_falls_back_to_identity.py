class A:
    def __eq__(self, other):
        return NotImplemented

a = A()
b = A()
print(a == a, a == b, a != b)  # expect: True False True
print(a == 1)                  # expect: False
