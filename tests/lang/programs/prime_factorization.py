def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def show(n):
    parts = []
    for p, e in factorize(n).items():
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return f"{n} = {' * '.join(parts)}"

for n in (12, 97, 360, 1001, 2 ** 10 * 3 ** 5, 600851475143):
    print(show(n))
# expect: 12 = 2^2 * 3
# expect: 97 = 97
# expect: 360 = 2^3 * 3^2 * 5
# expect: 1001 = 7 * 11 * 13
# expect: 248832 = 2^10 * 3^5
# expect: 600851475143 = 71 * 839 * 1471 * 6857
