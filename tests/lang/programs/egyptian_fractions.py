def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def egyptian(num, den):
    parts = []
    while num:
        d = -(-den // num)
        parts.append(d)
        num, den = num * d - den, den * d
        g = gcd(num, den)
        if g:
            num, den = num // g, den // g
    return parts

def fmt(num, den):
    parts = egyptian(num, den)
    return f"{num}/{den} = " + " + ".join(f"1/{d}" for d in parts)

for n, d in [(2, 3), (3, 4), (5, 6), (7, 15), (4, 13), (5, 121), (1, 7), (6, 7)]:
    print(fmt(n, d))
# expect: 2/3 = 1/2 + 1/6
# expect: 3/4 = 1/2 + 1/4
# expect: 5/6 = 1/2 + 1/3
# expect: 7/15 = 1/3 + 1/8 + 1/120
# expect: 4/13 = 1/4 + 1/18 + 1/468
# expect: 5/121 = 1/25 + 1/757 + 1/763309 + 1/873960180913 + 1/1527612795642093418846225
# expect: 1/7 = 1/7
# expect: 6/7 = 1/2 + 1/3 + 1/42
lens = {f"{n}/{d}": len(egyptian(n, d)) for d in range(2, 12) for n in range(1, d) if gcd(n, d) == 1}
worst = max(lens, key=lens.get)
print(worst, lens[worst], sum(lens.values()))  # expect: 8/11 4 88
def check(num, den):
    total_n, total_d = 0, 1
    for d in egyptian(num, den):
        total_n, total_d = total_n * d + total_d, total_d * d
    g = gcd(total_n, total_d)
    return (total_n // g, total_d // g) == (num // gcd(num, den), den // gcd(num, den))
print(all(check(n, d) for d in range(2, 30) for n in range(1, d)))  # expect: True
