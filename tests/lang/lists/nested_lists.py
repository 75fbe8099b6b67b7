m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2])
m[0][0] = 100
print(m)
print(len(m), len(m[0]))
row = m[1]
row.append(7)
print(m)
# expect: 6
# expect: [[100, 2, 3], [4, 5, 6]]
# expect: 2 3
# expect: [[100, 2, 3], [4, 5, 6, 7]]
