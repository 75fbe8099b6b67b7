GRID = [
    [131, 673, 234, 103, 18],
    [201, 96, 342, 965, 150],
    [630, 803, 746, 422, 111],
    [537, 699, 497, 121, 956],
    [805, 732, 524, 37, 331],
]

def min_path_right_down(g):
    n, m = len(g), len(g[0])
    dp = [[0] * m for _ in range(n)]
    for r in range(n):
        for c in range(m):
            best = min([dp[r - 1][c]] if r else [] + ([dp[r][c - 1]] if c else []) or [0]) if False else None
            options = []
            if r:
                options.append(dp[r - 1][c])
            if c:
                options.append(dp[r][c - 1])
            dp[r][c] = g[r][c] + (min(options) if options else 0)
    path, r, c = [], n - 1, m - 1
    while True:
        path.append(g[r][c])
        if r == 0 and c == 0:
            break
        if r and (c == 0 or dp[r - 1][c] <= dp[r][c - 1]):
            r -= 1
        else:
            c -= 1
    return dp[-1][-1], path[::-1]

def unique_paths(n, m, blocked=()):
    dp = [[0] * m for _ in range(n)]
    for r in range(n):
        for c in range(m):
            if (r, c) in blocked:
                continue
            if r == 0 and c == 0:
                dp[r][c] = 1
            else:
                dp[r][c] = (dp[r - 1][c] if r else 0) + (dp[r][c - 1] if c else 0)
    return dp[-1][-1]

def max_square(mat):
    best = 0
    dp = [[0] * (len(mat[0]) + 1) for _ in range(len(mat) + 1)]
    for r, row in enumerate(mat, 1):
        for c, v in enumerate(row, 1):
            if v == "1":
                dp[r][c] = 1 + min(dp[r - 1][c], dp[r][c - 1], dp[r - 1][c - 1])
                best = max(best, dp[r][c])
    return best

def triangle_max(tri):
    rows = [row[:] for row in tri]
    for r in range(len(rows) - 2, -1, -1):
        for c in range(len(rows[r])):
            rows[r][c] += max(rows[r + 1][c], rows[r + 1][c + 1])
    return rows[0][0]

print(min_path_right_down(GRID))  # expect: (2427, [131, 201, 96, 342, 746, 422, 121, 37, 331])
print(unique_paths(3, 7), unique_paths(10, 10), unique_paths(3, 3, {(1, 1)}), unique_paths(18, 18))
# expect: 28 48620 2 2333606220
print(max_square(["10100", "10111", "11111", "10010"]), max_square(["0"]), max_square(["111", "111", "111"]))
# expect: 2 0 3
print(triangle_max([[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]))  # expect: 23
