x = 5
print(x)
print(x[0])
# expect: 5
# expect runtime error: TypeError: 'int' object is not subscriptable
