a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)  # expect: True False True
print(a is not c)              # expect: True
x = None
print(x is None, x is not None)         # expect: True False
print(True is True, False is not True)  # expect: True True
