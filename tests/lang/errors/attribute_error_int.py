x = 5
print(x + 1)  # expect: 6
x.foo         # expect runtime error: AttributeError: 'int' object has no attribute 'foo'
