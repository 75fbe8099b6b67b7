a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2][2][0])
# expect: [1, 2, [...]]
# expect: 3 1
