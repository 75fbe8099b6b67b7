print(isinstance(3, int), isinstance(3.0, int), isinstance(3.0, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, int))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(3, (str, int)), isinstance("x", (list, tuple)))
# expect: True False True
# expect: True True True
# expect: True True False
# expect: True True False
# expect: True False
