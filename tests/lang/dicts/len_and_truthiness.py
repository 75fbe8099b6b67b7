d = {}
print(len(d), bool(d))  # expect: 0 False
d["k"] = 0
print(len(d), bool(d))  # expect: 1 True
