counts = {1: "one"}
print(counts[1])  # expect: one
counts[2]         # expect runtime error: KeyError: 2
