grid = {}
grid[(0, 0)] = "origin"
grid[1, 2] = "point"
print(grid[(1, 2)], grid[0, 0])        # expect: point origin
print((1, 2) in grid, (2, 1) in grid)  # expect: True False
print(grid)                            # expect: {(0, 0): 'origin', (1, 2): 'point'}
print(hash((1, 2)) == hash((1, 2)))    # expect: True
