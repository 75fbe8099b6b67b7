class A:
    pass

class B:
    pass

class C(A, B):
    pass

print(issubclass(C, A), issubclass(C, B))
print(issubclass(A, B))
print(isinstance(C(), B))
# expect: True True
# expect: False
# expect: True
