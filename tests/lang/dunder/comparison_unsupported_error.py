class A:
    pass

print(A() == A())
A() < A()
# expect: False
# expect runtime error: TypeError: '<' not supported between instances of 'A' and 'A'
