counts = {1: "one"}
print(counts[1])
counts[2]
# expect: one
# expect runtime error: KeyError: 2
