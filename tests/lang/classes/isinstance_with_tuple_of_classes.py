class A:
    pass

class B:
    pass

class C:
    pass

print(isinstance(A(), (B, A)))
print(isinstance(C(), (A, B)))
print(isinstance(5, (str, int)))
# expect: True
# expect: False
# expect: True
