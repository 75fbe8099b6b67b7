r = 3 > 2
print(r, type(r))         # expect: True <class 'bool'>
print((3 > 2) + (5 > 1))  # expect: 2
print(str(1 == 2))        # expect: False
