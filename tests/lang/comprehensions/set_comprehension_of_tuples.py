pts = {(x % 2, y % 2) for x in range(4) for y in range(4)}
print(sorted(pts))  # expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
print(len(pts))     # expect: 4
