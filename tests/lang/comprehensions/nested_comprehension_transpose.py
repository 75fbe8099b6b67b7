matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print([[0] * 2 for _ in range(2)])                     # expect: [[0, 0], [0, 0]]
