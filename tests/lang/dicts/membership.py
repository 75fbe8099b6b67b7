d = {"a": 1, 2: "two"}
print("a" in d, 2 in d, 1 in d, "two" in d)
print("b" not in d)
print("two" in d.values())
# expect: True True False False
# expect: True
# expect: True
