print(True == 1, False == 0, True == 2)
print(True is True, (1 == 1) is True)
print(isinstance(True, int))
print(True < 2, False < True)
print([1, 2, 3][True])
# expect: True True False
# expect: True True
# expect: True
# expect: True True
# expect: 2
