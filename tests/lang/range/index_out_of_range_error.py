r = range(3)
print(r[2])  # expect: 2
print(r[3])  # expect runtime error: IndexError: range object index out of range
