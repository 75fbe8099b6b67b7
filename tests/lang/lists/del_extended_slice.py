a = list(range(10))
del a[::2]
print(a)  # expect: [1, 3, 5, 7, 9]
del a[::-2]
print(a)  # expect: [3, 7]
