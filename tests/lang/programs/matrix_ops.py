def zeros(r, c):
    return [[0] * c for _ in range(r)]

def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(col) for col in zip(*m)]

def gauss_jordan_inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                factor = aug[r][col]
                aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def show(m, fmt="{:7.3f}"):
    for row in m:
        print(" ".join(fmt.format(x) for x in row))

def rotate90(m):
    return [list(row) for row in zip(*m[::-1])]

def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

A = [[4, 7], [2, 6]]
B = [[1, 2, 3], [4, 5, 6]]
print(mat_mul(A, B))  # expect: [[32, 43, 54], [26, 34, 42]]
print(transpose(B))   # expect: [[1, 4], [2, 5], [3, 6]]
show(gauss_jordan_inverse(A))
# expect:   0.600  -0.700
# expect:  -0.200   0.400
show(mat_mul(A, gauss_jordan_inverse(A)), "{:5.1f}")
# expect:   1.0   0.0
# expect:   0.0   1.0
try:
    mat_mul(B, B)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: shape mismatch: 2x3 @ 2x3
try:
    gauss_jordan_inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("singular:", e)  # expect: singular: matrix is singular
grid = [[r * 4 + c + 1 for c in range(4)] for r in range(4)]
show(grid, "{:3d}")
# expect:   1   2   3   4
# expect:   5   6   7   8
# expect:   9  10  11  12
# expect:  13  14  15  16
show(rotate90(grid), "{:3d}")
# expect:  13   9   5   1
# expect:  14  10   6   2
# expect:  15  11   7   3
# expect:  16  12   8   4
print(spiral(grid))  # expect: [1, 2, 3, 4, 8, 12, 16, 15, 14, 13, 9, 5, 6, 7, 11, 10]
print([grid[i][i] for i in range(4)], [grid[i][3 - i] for i in range(4)])
# expect: [1, 6, 11, 16] [4, 7, 10, 13]
print(sum(map(sum, grid)), max(max(r) for r in grid), [sum(c) for c in zip(*grid)])
# expect: 136 16 [28, 32, 36, 40]
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, mat_mul(I, I) == I)  # expect: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] True
H = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
show(gauss_jordan_inverse(H), "{:8.2f}")
# expect:     9.00   -36.00    30.00
# expect:   -36.00   192.00  -180.00
# expect:    30.00  -180.00   180.00
