class A:
    def m(self):
        pass

a = A()
print(callable(A), callable(a), callable(a.m))  # expect: True False True
