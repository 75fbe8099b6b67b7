ranges = {k: [i for i in range(k)] for k in range(4)}
print(ranges)     # expect: {0: [], 1: [0], 2: [0, 1], 3: [0, 1, 2]}
print(ranges[3])  # expect: [0, 1, 2]
