d = {"a": 1, "b": 2}
print("a" in d, 1 in d, "c" not in d)  # expect: True False True
s = {1, 2, 3}
print(2 in s, 9 in s, 9 not in s)  # expect: True False True
print(1.0 in s, True in s)         # expect: True True
