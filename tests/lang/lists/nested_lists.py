m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2])  # expect: 6
m[0][0] = 100
print(m)                  # expect: [[100, 2, 3], [4, 5, 6]]
print(len(m), len(m[0]))  # expect: 2 3
row = m[1]
row.append(7)
print(m)  # expect: [[100, 2, 3], [4, 5, 6, 7]]
