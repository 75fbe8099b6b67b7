print(not True, not False)
print(not 0, not 1, not "")
print(not None)
print(not 1 == 2)
print(not (1 and 0))
# expect: False True
# expect: True False True
# expect: True
# expect: True
# expect: True
