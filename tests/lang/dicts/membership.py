d = {"a": 1, 2: "two"}
print("a" in d, 2 in d, 1 in d, "two" in d)  # expect: True True False False
print("b" not in d)                          # expect: True
print("two" in d.values())                   # expect: True
