class A:
    pass

class B(A):
    pass

class C(B):
    pass

print(issubclass(C, A), issubclass(C, B), issubclass(C, C))
print(issubclass(A, C))
print(issubclass(A, object), issubclass(bool, int))
print(issubclass(C, (int, A)))
# expect: True True True
# expect: False
# expect: True True
# expect: True
