class A:
    pass

class B:
    pass

class C:
    pass

print(isinstance(A(), (B, A)))    # expect: True
print(isinstance(C(), (A, B)))    # expect: False
print(isinstance(5, (str, int)))  # expect: True
