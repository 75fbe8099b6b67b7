class A(object):
    def __init__(self):
        self.v = 1

print(A().v)
print([c.__name__ for c in A.__mro__])
print(issubclass(A, object))
# expect: 1
# expect: ['A', 'object']
# expect: True
