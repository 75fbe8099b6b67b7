r = 3 > 2
print(r, type(r))
print((3 > 2) + (5 > 1))
print(str(1 == 2))
# expect: True <class 'bool'>
# expect: 2
# expect: False
