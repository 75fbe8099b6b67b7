a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c)
x = None
print(x is None, x is not None)
print(True is True, False is not True)
# expect: True False True
# expect: True
# expect: True False
# expect: True True
