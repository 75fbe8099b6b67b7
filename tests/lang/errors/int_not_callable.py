x = 3
print(x * 2)
x()
# expect: 6
# expect runtime error: TypeError: 'int' object is not callable
