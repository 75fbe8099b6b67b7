PEOPLE = [
    ("Ava", 1.62, 55.0), ("Ben", 1.80, 95.5), ("Cy", 1.75, 70.2),
    ("Di", 1.55, 42.0), ("Ed", 1.90, 120.0), ("Flo", 1.68, 64.8),
]
CATEGORIES = [(18.5, "underweight"), (25.0, "normal"), (30.0, "overweight"), (float("inf"), "obese")]

def bmi(height, weight):
    return weight / height ** 2

def category(b):
    for limit, name in CATEGORIES:
        if b < limit:
            return name

def healthy_range(height):
    return 18.5 * height ** 2, 24.9 * height ** 2

print(f"{'name':<5}{'h(m)':>6}{'w(kg)':>7}{'BMI':>7}  {'category':<12}{'target range':>16}")
# expect: name   h(m)  w(kg)    BMI  category        target range
stats = {}
for name, h, w in PEOPLE:
    b = bmi(h, w)
    lo, hi = healthy_range(h)
    cat = category(b)
    stats[cat] = stats.get(cat, 0) + 1
    print(f"{name:<5}{h:>6.2f}{w:>7.1f}{b:>7.1f}  {cat:<12}{lo:>7.1f}-{hi:.1f}")
# expect: Ava    1.62   55.0   21.0  normal         48.6-65.3
# expect: Ben    1.80   95.5   29.5  overweight     59.9-80.7
# expect: Cy     1.75   70.2   22.9  normal         56.7-76.3
# expect: Di     1.55   42.0   17.5  underweight    44.4-59.8
# expect: Ed     1.90  120.0   33.2  obese          66.8-89.9
# expect: Flo    1.68   64.8   23.0  normal         52.2-70.3
print(stats)  # expect: {'normal': 3, 'overweight': 1, 'underweight': 1, 'obese': 1}
avg = sum(bmi(h, w) for _, h, w in PEOPLE) / len(PEOPLE)
print(f"average BMI {avg:.2f} ({category(avg)})")  # expect: average BMI 24.51 (normal)
for name, h, w in PEOPLE:
    lo, hi = healthy_range(h)
    delta = 0 if lo <= w <= hi else (lo - w if w < lo else hi - w)
    if delta:
        print(f"{name} should {'gain' if delta > 0 else 'lose'} {abs(delta):.1f} kg")
# expect: Ben should lose 14.8 kg
# expect: Di should gain 2.4 kg
# expect: Ed should lose 30.1 kg
