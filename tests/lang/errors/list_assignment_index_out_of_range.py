a = [0, 0]
a[1] = 5
print(a)  # expect: [0, 5]
a[2] = 7  # expect runtime error: IndexError: list assignment index out of range
