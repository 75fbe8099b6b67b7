grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)        # expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
print(grid[1][2])  # expect: 5
