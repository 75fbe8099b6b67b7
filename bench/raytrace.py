# raytrace.py — a small ray tracer in the manner of the classic "raytrace" benchmark:
# vector objects with operator methods, spheres and a checkerboard plane, point lights
# with Lambert and Phong shading, shadows and recursive reflections, rendered to a grid
# of 8-bit colours whose checksum is printed. The square root is Newton's method in plain
# arithmetic (as in nbody.py), so every runtime computes the same bits and the same
# pixels; the image is not written to a file.

EPSILON = 0.00001
MAX_DEPTH = 3


def sqrt(x):
    if x <= 0.0:
        return 0.0
    r = x if x > 1.0 else 1.0
    while True:
        n = 0.5 * (r + x / r)
        if n >= r:
            return r
        r = n


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal.scale(2 * self.dot(normal))


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        discriminant = self.radius * self.radius - cp.dot(cp) + v * v
        if discriminant < 0:
            return None
        t = v - sqrt(discriminant)
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection(self, ray):
        d = ray.direction.dot(self.normal)
        if -EPSILON < d < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Surface:
    def __init__(self, colour, specular=0.2, lambert=0.6, ambient=0.2):
        self.colour = colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient

    def base_colour(self, p):
        return self.colour

    def shade(self, scene, ray, obj, p, depth):
        normal = obj.normal_at(p)
        colour = ZERO
        if self.specular and depth < MAX_DEPTH:
            bounce = Ray(p, ray.direction.reflect_through(normal))
            colour = colour + scene.trace(bounce, depth + 1).scale(self.specular)
        lambert = 0.0
        for light in scene.lights:
            to_light = (light - p).normalized()
            if scene.visible(p, light):
                c = normal.dot(to_light)
                if c > 0:
                    lambert += c
        lambert = min(lambert, 1.0)
        base = self.base_colour(p)
        colour = colour + base.scale(self.lambert * lambert) + base.scale(self.ambient)
        return colour


class Checkerboard(Surface):
    def __init__(self, other, size, **kwargs):
        super().__init__(Vector(1.0, 1.0, 1.0), **kwargs)
        self.other = other
        self.size = size

    def base_colour(self, p):
        v = p - ZERO
        if (int(abs(v.x) / self.size + 0.5) + int(abs(v.z) / self.size + 0.5) + (v.x < 0) + (v.z < 0)) % 2:
            return self.other
        return self.colour


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def nearest(self, ray):
        best = None
        best_t = None
        for obj, surface in self.objects:
            t = obj.intersection(ray)
            if t is not None and (best_t is None or t < best_t):
                best, best_t = (obj, surface), t
        return best, best_t

    def visible(self, p, light):
        direction = light - p
        distance = direction.magnitude()
        hit, t = self.nearest(Ray(p, direction))
        return hit is None or t > distance

    def trace(self, ray, depth=0):
        hit, t = self.nearest(ray)
        if hit is None:
            return ZERO
        obj, surface = hit
        return surface.shade(self, ray, obj, ray.at(t), depth)

    def render(self, width, height, eye, focus):
        forward = (focus - eye).normalized()
        right = forward.cross(UP).normalized()
        up = right.cross(forward)
        rows = []
        for y in range(height):
            row = []
            for x in range(width):
                dx = (x - width / 2) / width
                dy = (height / 2 - y) / width
                direction = forward + right.scale(dx) + up.scale(dy)
                c = self.trace(Ray(eye, direction))
                row.append((min(int(c.x * 255), 255), min(int(c.y * 255), 255), min(int(c.z * 255), 255)))
            rows.append(row)
        return rows


scene = Scene()
scene.lights.append(Vector(30.0, 30.0, 10.0))
scene.lights.append(Vector(-10.0, 100.0, 30.0))
scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0), Surface(Vector(1.0, 1.0, 0.0)))
for i in range(6):
    scene.add(Sphere(Vector(-3.0 - i * 0.4, 2.3, -5.0), 0.4), Surface(Vector(i / 6.0, 1.0 - i / 6.0, 0.5)))
scene.add(Plane(Vector(0.0, 0.0, 0.0), UP), Checkerboard(Vector(0.0, 0.0, 0.0), 1.0, specular=0.2, lambert=0.6, ambient=0.2))
image = scene.render(150, 110, Vector(0.0, 1.8, 10.0), Vector(0.0, 3.0, 0.0))
checksum = 0
for row in image:
    for r, g, b in row:
        checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1_000_000_007
print(image[55][75], image[100][25], len(set(p for row in image for p in row)))
print(checksum)
