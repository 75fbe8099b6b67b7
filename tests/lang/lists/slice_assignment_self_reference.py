a = [1, 2, 3]
a[1:2] = a
print(a)  # expect: [1, 1, 2, 3, 3]
b = [1, 2]
b[:] = b + b
print(b)  # expect: [1, 2, 1, 2]
