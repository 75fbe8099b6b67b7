class A:
    pass

class B:
    pass

class C(A, B):
    pass

print([b.__name__ for b in C.__bases__])  # expect: ['A', 'B']
print([b.__name__ for b in A.__bases__])  # expect: ['object']
