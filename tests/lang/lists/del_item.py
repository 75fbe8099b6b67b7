a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)  # expect: [1, 2, 3, 4, 5]
del a[-1]
print(a)  # expect: [1, 2, 3, 4]
del a[1]
print(a, len(a))  # expect: [1, 3, 4] 3
