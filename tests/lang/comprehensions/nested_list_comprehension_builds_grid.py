grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print(grid[1][2])
# expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
# expect: 5
