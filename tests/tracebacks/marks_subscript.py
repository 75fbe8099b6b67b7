grid = [[1, 2], [3, 4]]
row = 1
print(grid[row][2] + 1)
