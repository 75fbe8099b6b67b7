pairs = [(a, b) for a in range(4) if a % 2 for b in range(a)]
print(pairs)       # expect: [(1, 0), (3, 0), (3, 1), (3, 2)]
print(len(pairs))  # expect: 4
