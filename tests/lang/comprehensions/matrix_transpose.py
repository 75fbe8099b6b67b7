m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(len(m[0]))]
print(t)                               # expect: [[1, 4], [2, 5], [3, 6]]
print([list(col) for col in zip(*m)])  # expect: [[1, 4], [2, 5], [3, 6]]
