tri = [(i, j) for i in range(4) for j in range(i)]
print(tri)       # expect: [(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)]
print(len(tri))  # expect: 6
