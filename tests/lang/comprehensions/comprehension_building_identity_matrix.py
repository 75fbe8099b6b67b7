n = 3
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
print(identity)  # expect: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
