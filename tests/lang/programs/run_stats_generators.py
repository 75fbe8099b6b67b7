def lcg(seed, a=1664525, c=1013904223, m=2 ** 32):
    while True:
        seed = (a * seed + c) % m
        yield seed

def uniform(gen, lo, hi):
    for x in gen:
        yield lo + (hi - lo) * x / 2 ** 32

def dice(gen, sides=6):
    for x in gen:
        yield x % sides + 1

def take(n, gen):
    return [next(gen) for _ in range(n)]

def running_mean(it):
    total = 0
    for n, x in enumerate(it, 1):
        total += x
        yield total / n

rolls = take(6000, dice(lcg(1)))
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts, sum(counts.values()))
# expect: {1: 1003, 2: 1023, 3: 994, 4: 970, 5: 1003, 6: 1007} 6000
expected = len(rolls) / 6
chi2 = sum((c - expected) ** 2 / expected for c in counts.values())
print(f"chi2 = {chi2:.3f}")  # expect: chi2 = 1.532
pairs = take(2000, dice(lcg(99)))
sums = {}
for a, b in zip(pairs[::2], pairs[1::2]):
    sums[a + b] = sums.get(a + b, 0) + 1
for s in range(2, 13):
    print(f"{s:>2} {sums.get(s, 0):>4} {'*' * (sums.get(s, 0) // 5)}".rstrip())
# expect:  2    0
# expect:  3   94 ******************
# expect:  4    0
# expect:  5  220 ********************************************
# expect:  6    0
# expect:  7  329 *****************************************************************
# expect:  8    0
# expect:  9  223 ********************************************
# expect: 10    0
# expect: 11  134 **************************
# expect: 12    0
u = take(10000, uniform(lcg(7), -1.0, 1.0))
inside = sum(1 for x, y in zip(u[::2], u[1::2]) if x * x + y * y <= 1)
print("pi estimate:", 4 * inside / (len(u) // 2))  # expect: pi estimate: 3.1184
means = list(running_mean(dice(iter(rolls))))
print([round(means[i], 3) for i in (0, 9, 99, 999, 5999)])  # expect: [2.0, 3.1, 3.66, 3.54, 3.488]
print(min(u) >= -1, max(u) < 1, round(sum(u) / len(u), 4))  # expect: True True 0.0057
