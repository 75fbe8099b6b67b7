print(isinstance(3, int), isinstance(3.0, int), isinstance(3.0, float))   # expect: True False True
print(isinstance("s", str), isinstance([], list), isinstance((), tuple))  # expect: True True True
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, int))
# expect: True True False
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))  # expect: True True False
print(isinstance(3, (str, int)), isinstance("x", (list, tuple)))           # expect: True False
