# chaos.py — the chaos game with splines, after the classic "chaos" benchmark: a point
# jumps again and again to an image of itself under one of a few maps chosen at random,
# and the places it visits draw a fractal. Each map lays the unit square along a cubic
# B-spline (evaluated by de Boor's algorithm): x picks the place on the curve, y the
# distance along its normal. Vector objects with operator methods, float arithmetic and
# calls. A seeded linear congruential generator replaces `random` (no imports), and the
# picture is a grid of visit counts instead of a PPM file. The orbit is chaotic, so a
# last-bit difference would change the picture: the square root is Newton's method in
# plain arithmetic (as in nbody.py), which every runtime computes to the same bits, not
# x ** 0.5, whose last bit depends on the C library's pow.


def sqrt(x):
    if x <= 0.0:
        return 0.0
    r = x if x > 1.0 else 1.0
    while True:
        n = 0.5 * (r + x / r)
        if n >= r:
            return r
        r = n


class Vec:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mag(self):
        return sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def lerp(self, other, t):
        # (1 - t) * self + t * other
        return Vec(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t,
                   self.z + (other.z - self.z) * t)


class Spline:
    DEGREE = 3

    def __init__(self, points):
        # A clamped uniform knot vector: the curve starts at the first control point and
        # ends at the last.
        self.points = points
        d = self.DEGREE
        inner = len(points) - d
        self.knots = [0.0] * d + [i / inner for i in range(inner + 1)] + [1.0] * d

    def span(self, u):
        knots = self.knots
        d = self.DEGREE
        hi = len(self.points)
        if u >= knots[hi]:
            return hi - 1
        lo = d
        while lo + 1 < hi and knots[lo + 1] <= u:
            lo += 1
        return lo

    def __call__(self, u):
        d = self.DEGREE
        knots = self.knots
        k = self.span(u)
        pts = [self.points[j] for j in range(k - d, k + 1)]
        for r in range(1, d + 1):
            for j in range(d, r - 1, -1):
                i = j + k - d
                denom = knots[i + d - r + 1] - knots[i]
                t = (u - knots[i]) / denom if denom else 0.0
                pts[j] = pts[j - 1].lerp(pts[j], t)
        return pts[d]

    def length(self, steps=40):
        total = 0.0
        prev = self(0.0)
        for i in range(1, steps + 1):
            cur = self(i / steps)
            total += (cur - prev).mag()
            prev = cur
        return total


class ChaosGame:
    def __init__(self, splines, thickness, seed):
        self.splines = splines
        self.thickness = thickness
        self.seed = seed
        lengths = [s.length() for s in splines]
        total = sum(lengths)
        self.cumulative = []
        acc = 0.0
        for n in lengths:
            acc += n / total
            self.cumulative.append(acc)

    def random(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed / 2147483648.0

    def transform(self, point):
        r = self.random()
        which = 0
        while which < len(self.cumulative) - 1 and r > self.cumulative[which]:
            which += 1
        spline = self.splines[which]
        u = min(max(point.x, 0.0), 1.0)
        base = spline(u)
        ahead = spline(min(u + 0.01, 1.0)) if u < 0.99 else spline(1.0)
        behind = spline(max(u - 0.01, 0.0))
        tangent = ahead - behind
        length = tangent.mag() or 1.0
        normal = Vec(-tangent.y / length, tangent.x / length)
        offset = (point.y - 0.5) * self.thickness
        return base + normal * offset

    def run(self, iterations, width, height):
        grid = [[0] * width for _ in range(height)]
        point = Vec(0.5, 0.5)
        for n in range(iterations):
            point = self.transform(point)
            if n > 20:
                col = int(point.x * (width - 1))
                row = int(point.y * (height - 1))
                if 0 <= col < width and 0 <= row < height:
                    grid[row][col] += 1
            # Map back into the unit square for the next jump.
            point = Vec(point.x % 1.0, point.y % 1.0)
        return grid


splines = [
    Spline([Vec(0.10, 0.10), Vec(0.30, 0.50), Vec(0.25, 0.75), Vec(0.45, 0.90), Vec(0.60, 0.80)]),
    Spline([Vec(0.60, 0.10), Vec(0.55, 0.40), Vec(0.70, 0.55), Vec(0.90, 0.45)]),
    Spline([Vec(0.15, 0.20), Vec(0.45, 0.15), Vec(0.80, 0.25), Vec(0.85, 0.70), Vec(0.60, 0.95)]),
]
game = ChaosGame(splines, 0.25, 4242)
grid = game.run(30_000, 64, 48)
visited = sum(1 for row in grid for c in row if c)
print(visited, max(max(row) for row in grid))
checksum = 0
for r, row in enumerate(grid):
    for c, count in enumerate(row):
        checksum = (checksum * 7 + count * (r + 1) + c) % 1_000_000_007
print(checksum)
