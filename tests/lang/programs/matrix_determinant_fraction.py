def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = q(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o): o = q(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = q(o); return Q(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): o = q(o); return Q(self.n * o.d, self.d * o.n)
    def __eq__(self, o): o = q(o); return self.n == o.n and self.d == o.d
    def __repr__(self): return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"

def q(x):
    return x if isinstance(x, Q) else Q(x)

def det(m):
    m = [[q(x) for x in row] for row in m]
    n, sign, result = len(m), 1, Q(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return Q(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            sign = -sign
        result = result * m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return result * sign

def solve(a, b):
    n = len(a)
    m = [[q(x) for x in row] + [q(y)] for row, y in zip(a, b)]
    for c in range(n):
        p = next(r for r in range(c, n) if m[r][c] != 0)
        m[c], m[p] = m[p], m[c]
        m[c] = [x / m[c][c] for x in m[c]]
        for r in range(n):
            if r != c:
                f = m[r][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [row[-1] for row in m]

print(det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]]))
# expect: -2 0 0
print(det([[0, 1, 2], [1, 0, 3], [4, -3, 8]]), det([[Q(1, 2), Q(1, 3)], [Q(1, 4), Q(1, 5)]]))
# expect: -2 1/60
hilbert = [[Q(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(hilbert))                                                # expect: 1/6048000
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))  # expect: [2, 3, -1]
print(solve([[1, 1], [1, -1]], [Q(1, 2), Q(1, 3)]))                # expect: [5/12, 1/12]
print(solve(hilbert, [1, 1, 1, 1]))                                # expect: [-4, 60, -180, 140]
