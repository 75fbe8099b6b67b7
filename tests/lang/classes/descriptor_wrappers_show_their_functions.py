# A property shows its fget/fset/fdel and a classmethod or staticmethod its __func__ (the
# abc module reads them to find abstract methods).
class A:
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1

    @property
    def size(self):
        return 3


p = A.__dict__["size"]
print(p.fget.__name__, p.fset, p.fdel)  # expect: size None None
print(A.__dict__["make"].__func__.__name__, A.__dict__["helper"].__func__())  # expect: make 1
print(A.__dict__["helper"].__wrapped__ is A.__dict__["helper"].__func__)  # expect: True
