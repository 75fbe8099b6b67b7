a = [0, 1, 2, 3, 4]
a[1:4] = [9]
print(a)
a[:] = []
print(a)
# expect: [0, 9, 4]
# expect: []
