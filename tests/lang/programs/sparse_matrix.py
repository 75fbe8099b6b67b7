class SparseMatrix:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = {}
        for (r, c), v in (data or {}).items():
            self[r, c] = v

    def __getitem__(self, pos):
        r, c = pos
        self._check(r, c)
        return self.data.get((r, c), 0)

    def __setitem__(self, pos, value):
        r, c = pos
        self._check(r, c)
        if value:
            self.data[(r, c)] = value
        else:
            self.data.pop((r, c), None)

    def _check(self, r, c):
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"({r}, {c}) outside {self.rows}x{self.cols}")

    def __add__(self, other):
        out = SparseMatrix(self.rows, self.cols, self.data)
        for pos, v in other.data.items():
            out[pos] = out[pos] + v
        return out

    def __matmul__(self, other):
        out = SparseMatrix(self.rows, other.cols)
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, []):
                out[r, c] = out[r, c] + v * w
        return out

    def transpose(self):
        return SparseMatrix(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})

    def density(self):
        return len(self.data) / (self.rows * self.cols)

    def __str__(self):
        return "\n".join(" ".join(f"{self[r, c]:3}" for c in range(self.cols)) for r in range(self.rows))

a = SparseMatrix(3, 4, {(0, 0): 1, (1, 2): 5, (2, 3): -2, (0, 3): 7})
b = SparseMatrix(4, 2, {(0, 1): 3, (2, 0): 4, (3, 1): 1})
print(a)
# expect:   1   0   0   7
# expect:   0   0   5   0
# expect:   0   0   0  -2
print(a @ b)
# expect:   0  10
# expect:  20   0
# expect:   0  -2
print(sorted((a @ b).data.items()))  # expect: [((0, 1), 10), ((1, 0), 20), ((2, 1), -2)]
print((a + a).data == {k: 2 * v for k, v in a.data.items()})  # expect: True
a[0, 0] = 0
print(len(a.data), f"{a.density():.3f}", a.transpose().rows, a.transpose()[3, 2])
# expect: 3 0.250 4 -2
try:
    a[5, 5]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: (5, 5) outside 3x4
identity = SparseMatrix(50, 50, {(i, i): 1 for i in range(50)})
big = SparseMatrix(50, 50, {(i, (i * 7) % 50): i for i in range(50)})
print((big @ identity).data == big.data, (identity @ identity).density())  # expect: True 0.02
