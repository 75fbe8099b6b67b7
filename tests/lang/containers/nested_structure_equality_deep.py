a = {"k": [1, (2, {"z": 3})]}
b = {"k": [1, (2, {"z": 3})]}
print(a == b)  # expect: True
b["k"][1][1]["z"] = 4
print(a == b)  # expect: False
