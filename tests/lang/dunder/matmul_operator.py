class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

a = Mat([[1, 2], [3, 4]])
b = Mat([[5, 6], [7, 8]])
print((a @ b).rows)  # expect: [[19, 22], [43, 50]]
