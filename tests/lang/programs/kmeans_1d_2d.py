def dist2(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))

def mean(points):
    n = len(points)
    return tuple(sum(c) / n for c in zip(*points))

def kmeans(points, centers, max_iter=20):
    for it in range(max_iter):
        clusters = [[] for _ in centers]
        for p in points:
            idx = min(range(len(centers)), key=lambda i: (dist2(p, centers[i]), i))
            clusters[idx].append(p)
        new = [mean(c) if c else centers[i] for i, c in enumerate(clusters)]
        if new == centers:
            return centers, clusters, it
        centers = new
    return centers, clusters, max_iter

points = [(1, 1), (1.5, 2), (3, 4), (5, 7), (3.5, 5), (4.5, 5), (3.5, 4.5), (9, 9), (8.5, 9.5), (9.5, 8)]
centers, clusters, iters = kmeans(points, [points[0], points[3], points[7]])
print("iterations:", iters)  # expect: iterations: 2
for c, cl in zip(centers, clusters):
    print(f"center ({c[0]:.3f}, {c[1]:.3f}) <- {cl}")
# expect: center (1.250, 1.500) <- [(1, 1), (1.5, 2)]
# expect: center (3.900, 5.100) <- [(3, 4), (5, 7), (3.5, 5), (4.5, 5), (3.5, 4.5)]
# expect: center (9.000, 8.833) <- [(9, 9), (8.5, 9.5), (9.5, 8)]
sse = sum(dist2(p, c) for c, cl in zip(centers, clusters) for p in cl)
print(f"SSE = {sse:.4f}")  # expect: SSE = 10.1917
ages = [(a,) for a in [18, 19, 22, 25, 31, 33, 35, 52, 55, 60, 61, 64]]
c1, cl1, _ = kmeans(ages, [(18,), (40,), (64,)])
print([round(c[0], 2) for c in c1], [[a for (a,) in cl] for cl in cl1])
# expect: [21.0, 33.0, 58.4] [[18, 19, 22, 25], [31, 33, 35], [52, 55, 60, 61, 64]]
