def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]

def variance(xs, sample=True):
    m = mean(xs)
    ss = sum((x - m) ** 2 for x in xs)
    return ss / (len(xs) - 1 if sample else len(xs))

def stdev(xs, sample=True):
    return variance(xs, sample) ** 0.5

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)

def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / (sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys)) ** 0.5

def linear_fit(xs, ys):
    mx, my = mean(xs), mean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return slope, my - slope * mx

scores = [88, 92, 79, 93, 85, 92, 71, 88, 95, 60, 88, 77]
print("n =", len(scores))                               # expect: n = 12
print("mean =", mean(scores))                           # expect: mean = 84.0
print("median =", median(scores), median(scores[:-1]))  # expect: median = 88.0 88
print("mode =", mode(scores))                           # expect: mode = [88]
print("var =", variance(scores), variance(scores, sample=False))
# expect: var = 108.9090909090909 99.83333333333333
print("stdev = %.6f / %.6f" % (stdev(scores), stdev(scores, False)))
# expect: stdev = 10.435952 / 9.991663
for p in (0, 25, 50, 75, 90, 100):
    print(f"p{p:<3} {percentile(scores, p):8.3f}")
# expect: p0     60.000
# expect: p25    78.500
# expect: p50    88.000
# expect: p75    92.000
# expect: p90    92.900
# expect: p100   95.000
hours = [1, 2, 3, 4, 5, 6, 7, 8]
marks = [52, 55, 61, 70, 68, 79, 83, 90]
r = correlation(hours, marks)
m, b = linear_fit(hours, marks)
print(f"r = {r:.5f}, r^2 = {r * r:.4f}")       # expect: r = 0.98631, r^2 = 0.9728
print(f"marks ~ {m:.3f} * hours + {b:.3f}")    # expect: marks ~ 5.452 * hours + 45.214
print([round(m * h + b, 1) for h in (0, 10)])  # expect: [45.2, 99.7]
z = [(s - mean(scores)) / stdev(scores) for s in scores]
print([f"{v:+.2f}" for v in z[:5]])    # expect: ['+0.38', '+0.77', '-0.48', '+0.86', '+0.10']
print(round(sum(z), 10), min(z) < -2)  # expect: -0.0 True
grades = {"A": 0, "B": 0, "C": 0, "D": 0, "F": 0}
for s in scores:
    g = "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "D" if s >= 60 else "F"
    grades[g] += 1
print(grades)  # expect: {'A': 4, 'B': 4, 'C': 3, 'D': 1, 'F': 0}
print(mean([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), mean([1, 2, 3, 4]))
# expect: 0.20000000000000004 0.0 2.5
