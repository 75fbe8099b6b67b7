a = [0, 1, 2, 3, 4, 5]
del a[1:3]
print(a)
del a[-2:]
print(a)
del a[:]
print(a)
# expect: [0, 3, 4, 5]
# expect: [0, 3]
# expect: []
