class A:
    pass

print(A() == A())  # expect: False
A() < A()  # expect runtime error: TypeError: '<' not supported between instances of 'A' and 'A'
