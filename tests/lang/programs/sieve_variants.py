def eratosthenes(n):
    flags = [True] * (n + 1)
    flags[:2] = [False, False]
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            flags[p * p::p] = [False] * len(flags[p * p::p])
    return [i for i, f in enumerate(flags) if f]

def linear_sieve(n):
    lp = [0] * (n + 1)
    primes = []
    for i in range(2, n + 1):
        if lp[i] == 0:
            lp[i] = i
            primes.append(i)
        for p in primes:
            if p > lp[i] or i * p > n:
                break
            lp[i * p] = p
    return primes, lp

def segmented(lo, hi):
    base = eratosthenes(int(hi ** 0.5) + 1)
    mark = [True] * (hi - lo + 1)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi + 1, p):
            mark[m - lo] = False
    return [lo + i for i, ok in enumerate(mark) if ok and lo + i > 1]

def totients(n):
    phi = list(range(n + 1))
    for i in range(2, n + 1):
        if phi[i] == i:
            for j in range(i, n + 1, i):
                phi[j] -= phi[j] // i
    return phi

p1 = eratosthenes(10000)
p2, lp = linear_sieve(10000)
print(len(p1), p1 == p2, p1[-5:])  # expect: 1229 True [9931, 9941, 9949, 9967, 9973]
print(segmented(1_000_000, 1_000_100))
# expect: [1000003, 1000033, 1000037, 1000039, 1000081, 1000099]
print([lp[n] for n in (91, 97, 1001, 9999, 4096)])  # expect: [7, 97, 7, 3, 2]
phi = totients(30)
print(phi[1:])
# expect: [1, 1, 2, 2, 4, 2, 6, 4, 6, 4, 10, 4, 12, 6, 8, 8, 16, 6, 18, 8, 12, 10, 22, 8, 20, 12, 18, 12, 28, 8]
print(sum(totients(1000)[2:]))  # expect: 304191
def factor_with_lp(n):
    out = []
    while n > 1:
        out.append(lp[n])
        n //= lp[n]
    return out
print(factor_with_lp(9240), factor_with_lp(7919), factor_with_lp(1024))
# expect: [2, 2, 2, 3, 5, 7, 11] [7919] [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]
