def continued_fraction(num, den):
    terms = []
    while den:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms

def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out

def sqrt_cf(n):
    a0 = int(n ** 0.5)
    while a0 * a0 > n:
        a0 -= 1
    while (a0 + 1) ** 2 <= n:
        a0 += 1
    if a0 * a0 == n:
        return [a0], []
    m, d, a = 0, 1, a0
    period = []
    while True:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
        if a == 2 * a0:
            return [a0], period

def pell(n):
    a0, period = sqrt_cf(n)
    terms = a0 + period * 4
    for h, k in convergents(terms):
        if h * h - n * k * k == 1:
            return h, k

print(continued_fraction(415, 93), continued_fraction(649, 200), continued_fraction(1, 3))
# expect: [4, 2, 6, 7] [3, 4, 12, 4] [0, 3]
pi_approx = continued_fraction(314159265358979, 100000000000000)
print(pi_approx[:8])  # expect: [3, 7, 15, 1, 292, 1, 1, 1]
for h, k in convergents(pi_approx[:6]):
    print(f"{h}/{k} = {h / k:.12f}")
# expect: 3/1 = 3.000000000000
# expect: 22/7 = 3.142857142857
# expect: 333/106 = 3.141509433962
# expect: 355/113 = 3.141592920354
# expect: 103993/33102 = 3.141592653012
# expect: 104348/33215 = 3.141592653921
for n in (2, 3, 7, 13, 23, 61):
    print(n, sqrt_cf(n), pell(n))
# expect: 2 ([1], [2]) (3, 2)
# expect: 3 ([1], [1, 2]) (2, 1)
# expect: 7 ([2], [1, 1, 1, 4]) (8, 3)
# expect: 13 ([3], [1, 1, 1, 1, 6]) (649, 180)
# expect: 23 ([4], [1, 3, 1, 8]) (24, 5)
# expect: 61 ([7], [1, 4, 3, 1, 2, 2, 1, 3, 4, 1, 14]) (1766319049, 226153980)
e_terms = [2] + [x for k in range(1, 12) for x in (1, 2 * k, 1)]
h, k = convergents(e_terms)[-1]
print(h, k, f"{h / k:.15f}")  # expect: 1085079390005041 399178399621704 2.718281828459045
