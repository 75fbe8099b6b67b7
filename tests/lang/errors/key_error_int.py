d = {1: "one", 2: "two"}
print(d[2])
print(d[3])
# expect: two
# expect runtime error: KeyError: 3
