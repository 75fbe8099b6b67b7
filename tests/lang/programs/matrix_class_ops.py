class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"cannot add {self.shape} and {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    @property
    def T(self):
        return Matrix(list(zip(*self.rows)))

    def trace(self):
        return sum(self.rows[i][i] for i in range(min(self.shape)))

    def __repr__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)

A = Matrix([[1, 2, 3], [4, 5, 6]])
B = Matrix([[7, 8], [9, 10], [11, 12]])
print(A * B)
# expect: [ 58  64]
# expect: [139 154]
print(B * A)
# expect: [ 39  54  69]
# expect: [ 49  68  87]
# expect: [ 59  82 105]
print(A.T, A.T.shape, (A * B).trace())
# expect: [1 4]
# expect: [2 5]
# expect: [3 6] (3, 2) 212
print(2 * A + A * 0.5)
# expect: [ 2.5    5  7.5]
# expect: [  10 12.5   15]
print(A.T.T == A, A == B, A[1, 2])  # expect: True False 6
for op in (lambda: A + B, lambda: A * A, lambda: Matrix([[1], [2, 3]])):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: cannot add (2, 3) and (3, 2)
# expect: ValueError: cannot multiply (2, 3) by (2, 3)
# expect: ValueError: rows must be non-empty and equal length
