class A(object):
    def __init__(self):
        self.v = 1

print(A().v)                            # expect: 1
print([c.__name__ for c in A.__mro__])  # expect: ['A', 'object']
print(issubclass(A, object))            # expect: True
