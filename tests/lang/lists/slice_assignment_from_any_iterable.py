a = [0, 0, 0]
a[0:2] = "xy"
print(a)  # expect: ['x', 'y', 0]
a[1:] = range(3)
print(a)  # expect: ['x', 0, 1, 2]
a[:1] = (n * n for n in [5, 6])
print(a)  # expect: [25, 36, 0, 1, 2]
