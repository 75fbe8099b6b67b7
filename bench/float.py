# float.py — the classic "float" benchmark: build many Point objects from sin and cos of
# their index, normalize each (divide by its length), then fold them into one point
# holding the largest x, y and z. Object creation, attribute access and float arithmetic.
# Adapted: the program imports nothing, so sin and cos are a short Taylor series after
# reducing the angle to [-pi, pi], and the square root is x ** 0.5; results are printed
# rounded, so a last-bit difference in a runtime's pow cannot change them.

PI = 3.141592653589793
TWO_PI = 2 * PI


def sin(x):
    x = x - TWO_PI * int(x / TWO_PI)
    if x > PI:
        x -= TWO_PI
    elif x < -PI:
        x += TWO_PI
    term = x
    total = x
    x2 = x * x
    n = 1
    while n < 23:
        term = -term * x2 / ((n + 1) * (n + 2))
        total += term
        n += 2
    return total


def cos(x):
    return sin(x + PI / 2)


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


checksum = 0
for n in (20_000, 40_000, 60_000):
    p = benchmark(n)
    print(f"Point({p.x:.6f}, {p.y:.6f}, {p.z:.6f})")
    checksum += round(p.x * 1e6) + round(p.y * 1e6) + round(p.z * 1e6)
print(checksum)
