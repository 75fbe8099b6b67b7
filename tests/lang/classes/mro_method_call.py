class A:
    pass

class B(A):
    pass

class C(B):
    pass

print([k.__name__ for k in C.mro()])  # expect: ['C', 'B', 'A', 'object']
