d = {}
print(len(d), bool(d))
d["k"] = 0
print(len(d), bool(d))
# expect: 0 False
# expect: 1 True
