a = [1, 4]
a[1:1] = [2, 3]
print(a)
a[len(a):] = [5]
a[:0] = [0]
print(a)
# expect: [1, 2, 3, 4]
# expect: [0, 1, 2, 3, 4, 5]
