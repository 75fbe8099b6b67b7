class A:
    def f(self, x):
        return x

a = A()
print(a.f(1))  # expect: 1
a.f(1, 2)  # expect runtime error: TypeError: A.f() takes 2 positional arguments but 3 were given
