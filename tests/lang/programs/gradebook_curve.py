raw = {"ann": 62, "bob": 48, "cat": 75, "dan": 81, "eve": 55, "fay": 90, "gus": 39, "hal": 70}

def mean(xs):
    return sum(xs) / len(xs)

def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5

def curve_linear(scores, top=100):
    factor = top / max(scores.values())
    return {k: min(100, round(v * factor)) for k, v in scores.items()}

def curve_sqrt(scores):
    return {k: round(10 * v ** 0.5) for k, v in scores.items()}

def curve_z(scores, target_mean=75, target_sd=10):
    m, s = mean(list(scores.values())), stdev(list(scores.values()))
    return {k: round(target_mean + (v - m) / s * target_sd) for k, v in scores.items()}

def letter(x):
    return "ABCDF"[min(4, max(0, (99 - x) // 10))] if x < 90 else "A"

curves = {"raw": raw, "linear": curve_linear(raw), "sqrt": curve_sqrt(raw), "z": curve_z(raw)}
print(f"{'name':<5}" + "".join(f"{c:>9}" for c in curves))
# expect: name       raw   linear     sqrt        z
for name in sorted(raw, key=raw.get, reverse=True):
    print(f"{name:<5}" + "".join(f"{curves[c][name]:>6} {letter(curves[c][name])} " for c in curves).rstrip())
# expect: fay      90 A    100 A     95 A     91 A
# expect: dan      81 B     90 A     90 A     85 B
# expect: cat      75 C     83 B     87 B     81 B
# expect: hal      70 C     78 C     84 B     78 C
# expect: ann      62 D     69 D     79 C     73 C
# expect: eve      55 F     61 D     74 C     69 D
# expect: bob      48 F     53 F     69 D     64 D
# expect: gus      39 F     43 F     62 D     59 F
for c, sc in curves.items():
    vals = list(sc.values())
    dist = {g: sum(letter(v) == g for v in vals) for g in "ABCDF"}
    print(f"{c:<7} mean={mean(vals):6.2f} sd={stdev(vals):5.2f} {dist}")
# expect: raw     mean= 65.00 sd=16.12 {'A': 1, 'B': 1, 'C': 2, 'D': 1, 'F': 3}
# expect: linear  mean= 72.12 sd=18.02 {'A': 2, 'B': 1, 'C': 1, 'D': 2, 'F': 2}
# expect: sqrt    mean= 80.00 sd=10.44 {'A': 2, 'B': 2, 'C': 2, 'D': 2, 'F': 0}
# expect: z       mean= 75.00 sd=10.11 {'A': 1, 'B': 2, 'C': 2, 'D': 2, 'F': 1}
