a = [0, 0]
a[1] = 5
print(a)
a[2] = 7
# expect: [0, 5]
# expect runtime error: IndexError: list assignment index out of range
