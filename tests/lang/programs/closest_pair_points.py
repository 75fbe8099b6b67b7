def dist(p, q):
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5

def brute(points):
    best = (float("inf"), None)
    for i in range(len(points)):
        for j in range(i + 1, len(points)):
            d = dist(points[i], points[j])
            if d < best[0]:
                best = (d, (points[i], points[j]))
    return best

def closest(points):
    pts = sorted(points)
    def rec(px):
        if len(px) <= 3:
            return brute(px)
        mid = len(px) // 2
        midx = px[mid][0]
        best = min(rec(px[:mid]), rec(px[mid:]), key=lambda t: t[0])
        strip = sorted((p for p in px if abs(p[0] - midx) < best[0]), key=lambda p: p[1])
        for i in range(len(strip)):
            for j in range(i + 1, min(i + 8, len(strip))):
                d = dist(strip[i], strip[j])
                if d < best[0]:
                    best = (d, (strip[i], strip[j]))
        return best
    return rec(pts)

def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]

seed = 7
points = []
for _ in range(60):
    seed = seed * 1103515245 + 12345 & 0x7FFFFFFF
    x = seed % 1000
    seed = seed * 1103515245 + 12345 & 0x7FFFFFFF
    points.append((x, seed % 1000))
b, c = brute(points), closest(points)
print(round(b[0], 6), round(c[0], 6), b[0] == c[0], sorted(c[1]))
# expect: 6.324555 6.324555 True [(520, 201), (522, 195)]
hull = convex_hull(points)
print(len(hull), hull)
# expect: 10 [(8, 825), (10, 747), (32, 305), (122, 3), (632, 73), (982, 215), (938, 571), (716, 917), (446, 991), (258, 979)]
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(hull, hull[1:] + hull[:1]))) / 2
print("hull area", area)  # expect: hull area 753936.0
print(convex_hull([(0, 0), (1, 1), (2, 2)]), convex_hull([(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 0)]))
# expect: [(0, 0), (2, 2)] [(0, 0), (2, 0), (2, 2), (0, 2)]
