grid = {}
for r, c in [(0, 0), (0, 1), (1, 0), (0, 0)]:
    grid.setdefault(r, {}).setdefault(c, 0)
    grid[r][c] += 1
print(grid)  # expect: {0: {0: 2, 1: 1}, 1: {0: 1}}
