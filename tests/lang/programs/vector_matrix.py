class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vector(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    def __rmul__(self, k):
        return self * k
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __bool__(self):
        return any(self.c)
    def __repr__(self):
        return f"Vector{self.c}"

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    def det(self):
        m = self.rows
        if len(m) == 1:
            return m[0][0]
        if len(m) == 2:
            return m[0][0] * m[1][1] - m[0][1] * m[1][0]
        total = 0
        for j in range(len(m)):
            minor = Matrix([row[:j] + row[j + 1:] for row in m[1:]])
            total += (-1) ** j * m[0][j] * minor.det()
        return total
    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{width}}" for x in r) for r in self.rows)

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w)
# expect: Vector(5, 7, 9) Vector(3, 3, 3) Vector(2, 4, 6) Vector(3, 6, 9) 32
print(abs(Vector(3, 4)), len(v), v[1], v[-1], v[::-1])            # expect: 5.0 3 2 3 (3, 2, 1)
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), bool(v))  # expect: True True False True
m = Matrix([[1, 2], [3, 4]])
print(m @ m)
# expect:  7 10
# expect: 15 22
print((m ** 10).rows)  # expect: [[4783807, 6972050], [10458075, 15241882]]
fibm = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fibm.rows[0][1])  # expect: fib(90) = 2880067194370816120
a = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(a.det(), a.transpose().det(), a.shape)  # expect: 0 0 (3, 3)
print(a.transpose())
# expect: 2 1 1
# expect: 0 3 1
# expect: 1 2 1
print(Matrix.identity(3))
# expect: 1 0 0
# expect: 0 1 0
# expect: 0 0 1
