# Repetition copies references: the inner list is shared.
grid = [[0] * 2] * 3
grid[0][0] = 9
print(grid)  # expect: [[9, 0], [9, 0], [9, 0]]
rows = [[0] * 2 for _ in range(3)]
rows[0][0] = 9
print(rows)  # expect: [[9, 0], [0, 0], [0, 0]]
