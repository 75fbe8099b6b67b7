students = {
    "Alice": {"math": [92, 88, 95], "physics": [85, 91], "art": [78]},
    "Bob": {"math": [65, 70, 58], "physics": [72, 68], "art": [95, 99]},
    "Chen": {"math": [100, 97, 99], "physics": [94, 96], "art": [60, 70]},
    "Dana": {"math": [], "physics": [50], "art": [88]},
}
WEIGHTS = {"math": 0.5, "physics": 0.3, "art": 0.2}

def avg(xs):
    return sum(xs) / len(xs) if xs else 0.0

def weighted(record):
    return sum(avg(record[s]) * w for s, w in WEIGHTS.items())

def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

header = f"{'Student':<8}" + "".join(f"{s:>9}" for s in WEIGHTS) + f"{'Final':>8}{'Grade':>6}"
print(header)             # expect: Student      math  physics      art   Final Grade
print("=" * len(header))  # expect: =================================================
results = {}
for name, rec in sorted(students.items()):
    final = weighted(rec)
    results[name] = final
    row = f"{name:<8}" + "".join(f"{avg(rec[s]):>9.1f}" for s in WEIGHTS)
    print(row + f"{final:>8.2f}{letter(final):>6}")
# expect: Alice        91.7     88.0     78.0   87.83     B
# expect: Bob          64.3     70.0     97.0   72.57     C
# expect: Chen         98.7     95.0     65.0   90.83     A
# expect: Dana          0.0     50.0     88.0   32.60     F
print("-" * len(header))  # expect: -------------------------------------------------
print(f"{'mean':<8}" + "".join(f"{avg([avg(r[s]) for r in students.values()]):>9.1f}" for s in WEIGHTS) + f"{avg(list(results.values())):>8.2f}")
# expect: mean         63.7     75.8     82.0   70.96
ranking = sorted(results, key=results.get, reverse=True)
for place, name in enumerate(ranking, start=1):
    print(f"{place}. {name} ({results[name]:.3f})")
# expect: 1. Chen (90.833)
# expect: 2. Alice (87.833)
# expect: 3. Bob (72.567)
# expect: 4. Dana (32.600)
best_subject = {name: max(rec, key=lambda s: avg(rec[s])) for name, rec in students.items()}
print(best_subject)  # expect: {'Alice': 'math', 'Bob': 'art', 'Chen': 'math', 'Dana': 'art'}
all_scores = [x for rec in students.values() for xs in rec.values() for x in xs]
print(len(all_scores), min(all_scores), max(all_scores), round(avg(all_scores), 3))
# expect: 22 50 100 82.273
hist = {}
for sc in all_scores:
    hist.setdefault(sc // 10 * 10, []).append(sc)
for bucket in sorted(hist, reverse=True):
    print(f"{bucket:>3}-{bucket + 9:<3} {'*' * len(hist[bucket])}")
# expect: 100-109 *
# expect:  90-99  *********
# expect:  80-89  ***
# expect:  70-79  ****
# expect:  60-69  ***
# expect:  50-59  **
