class A:
    def f():
        return 1

print(A.f())  # expect: 1
A().f()       # expect runtime error: TypeError: A.f() takes 0 positional arguments but 1 was given
