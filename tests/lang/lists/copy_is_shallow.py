a = [[1, 2], [3]]
b = a.copy()
b.append([4])
b[0].append(99)
print(a)             # expect: [[1, 2, 99], [3]]
print(b)             # expect: [[1, 2, 99], [3], [4]]
print(a[0] is b[0])  # expect: True
