x = 5
print(x + 1)
x.foo
# expect: 6
# expect runtime error: AttributeError: 'int' object has no attribute 'foo'
