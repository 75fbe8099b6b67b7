a = [[1, 2], [3]]
b = a.copy()
b.append([4])
b[0].append(99)
print(a)
print(b)
print(a[0] is b[0])
# expect: [[1, 2, 99], [3]]
# expect: [[1, 2, 99], [3], [4]]
# expect: True
