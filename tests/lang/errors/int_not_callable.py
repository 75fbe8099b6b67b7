x = 3
print(x * 2)  # expect: 6
x()           # expect runtime error: TypeError: 'int' object is not callable
