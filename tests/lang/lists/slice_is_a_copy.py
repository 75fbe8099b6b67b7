a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b)  # expect: [1, 2, 3] [1, 2, 3, 4]
c = a[::-1]
c[0] = 99
print(a, c)  # expect: [1, 2, 3] [99, 2, 1]
