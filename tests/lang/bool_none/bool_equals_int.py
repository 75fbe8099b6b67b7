print(True == 1, False == 0, True == 2)  # expect: True True False
print(True is True, (1 == 1) is True)    # expect: True True
print(isinstance(True, int))             # expect: True
print(True < 2, False < True)            # expect: True True
print([1, 2, 3][True])                   # expect: 2
