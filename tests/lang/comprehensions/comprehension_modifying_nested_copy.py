grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)  # expect: [[1, 0, 0], [0, 0, 0]]
shared = [[0] * 3] * 2
shared[0][0] = 1
print(shared)  # expect: [[1, 0, 0], [1, 0, 0]]
