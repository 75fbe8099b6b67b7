class A:
    pass

class B:
    pass

class C(A, B):
    pass

print(issubclass(C, A), issubclass(C, B))  # expect: True True
print(issubclass(A, B))                    # expect: False
print(isinstance(C(), B))                  # expect: True
