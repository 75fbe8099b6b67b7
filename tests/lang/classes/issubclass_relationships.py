class A:
    pass

class B(A):
    pass

class C(B):
    pass

print(issubclass(C, A), issubclass(C, B), issubclass(C, C))  # expect: True True True
print(issubclass(A, C))                                      # expect: False
print(issubclass(A, object), issubclass(bool, int))          # expect: True True
print(issubclass(C, (int, A)))                               # expect: True
