class Vec3:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o): return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k): return Vec3(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec3(self.x / k, self.y / k, self.z / k)
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def cross(self, o):
        return Vec3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def norm(self): return self.dot(self) ** 0.5
    def unit(self): return self / self.norm()
    def __iter__(self): return iter((self.x, self.y, self.z))
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __repr__(self): return "Vec3(" + ", ".join(f"{c:g}" for c in self) + ")"

i, j, k = Vec3(1, 0, 0), Vec3(0, 1, 0), Vec3(0, 0, 1)
print(i.cross(j), j.cross(k), k.cross(i), i.cross(j) == k, i.dot(j))
# expect: Vec3(0, 0, 1) Vec3(1, 0, 0) Vec3(0, 1, 0) True 0
a, b = Vec3(1, 2, 3), Vec3(4, 5, 6)
print(a + b, b - a, 2 * a, a * 0.5, a.dot(b), a.cross(b), round(a.norm(), 6), a.unit())
# expect: Vec3(5, 7, 9) Vec3(3, 3, 3) Vec3(2, 4, 6) Vec3(0.5, 1, 1.5) 32 Vec3(-3, 6, -3) 3.741657 Vec3(0.267261, 0.534522, 0.801784)
area = a.cross(b).norm() / 2
print(f"triangle area {area:.6f}")  # expect: triangle area 3.674235
pos, vel, g, dt = Vec3(0, 0, 0), Vec3(10, 0, 20), Vec3(0, 0, -9.81), 0.01
t, peak = 0.0, 0.0
while pos.z >= 0:
    vel = vel + g * dt
    pos = pos + vel * dt
    t += dt
    peak = max(peak, pos.z)
print(f"flight {t:.2f}s range {pos.x:.2f}m peak {peak:.2f}m")
# expect: flight 4.07s range 40.70m peak 20.29m
x, y, z = a
print(x, y, z, list(b), max(b), sum(a + b))  # expect: 1 2 3 [4, 5, 6] 6 21
