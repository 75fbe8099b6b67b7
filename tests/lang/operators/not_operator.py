print(not True, not False)   # expect: False True
print(not 0, not 1, not "")  # expect: True False True
print(not None)              # expect: True
print(not 1 == 2)            # expect: True
print(not (1 and 0))         # expect: True
