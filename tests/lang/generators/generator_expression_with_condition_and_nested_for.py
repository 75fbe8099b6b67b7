pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(next(pairs))  # expect: (0, 1)
print(list(pairs))  # expect: [(0, 2), (1, 2)]
