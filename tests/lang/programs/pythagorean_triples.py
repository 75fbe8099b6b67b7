def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def primitive_triples(limit):
    out = []
    m = 2
    while m * m + 1 <= limit:
        for n in range(1, m):
            if (m - n) % 2 == 1 and gcd(m, n) == 1:
                a, b, c = m * m - n * n, 2 * m * n, m * m + n * n
                if c <= limit:
                    out.append(tuple(sorted((a, b))) + (c,))
        m += 1
    return sorted(out, key=lambda t: (t[2], t[0]))

def brute(limit):
    return [(a, b, c) for c in range(1, limit + 1) for b in range(1, c) for a in range(1, b)
            if a * a + b * b == c * c]

prims = primitive_triples(100)
print(len(prims), prims[:6])
# expect: 16 [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (12, 35, 37)]
all_trip = brute(50)
print(len(all_trip), all_trip[-3:])  # expect: 20 [(27, 36, 45), (30, 40, 50), (14, 48, 50)]
print(all(any(a * k == x and b * k == y and c * k == z for (x, y, z) in all_trip for k in [x // a]) for a, b, c in prims if c <= 50))
# expect: True
perims = {}
for a, b, c in primitive_triples(1000):
    p = a + b + c
    k = 1
    while k * p <= 1000:
        perims[k * p] = perims.get(k * p, 0) + 1
        k += 1
best = max(perims, key=lambda p: (perims[p], -p))
print(best, perims[best])  # expect: 840 8
special = [(a, b, c, a * b * c) for a, b, c in primitive_triples(1000) if 1000 % (a + b + c) == 0]
print(special)  # expect: [(8, 15, 17, 2040)]
