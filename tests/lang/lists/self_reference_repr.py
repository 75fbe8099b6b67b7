a = [1, 2]
a.append(a)
print(a)                   # expect: [1, 2, [...]]
print(len(a), a[2][2][0])  # expect: 3 1
