d = {1: "one", 2: "two"}
print(d[2])  # expect: two
print(d[3])  # expect runtime error: KeyError: 3
