def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

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

def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())

primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])
# expect: 25 [2, 3, 5, 7, 11, 13, 17, 19, 23, 29] [83, 89, 97]
print(all(is_prime(p) for p in primes), sum(primes))  # expect: True 1060
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twins:", twins)
# expect: twins: [(3, 5), (5, 7), (11, 13), (17, 19), (29, 31), (41, 43), (59, 61), (71, 73)]
for n in [360, 97, 1001, 2**10, 600851475143]:
    print(n, "=", fmt_factors(factorize(n)))
# expect: 360 = 2^3 * 3^2 * 5
# expect: 97 = 97
# expect: 1001 = 7 * 11 * 13
# expect: 1024 = 2^10
# expect: 600851475143 = 71 * 839 * 1471 * 6857
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap", max(gaps), "at", primes[gaps.index(max(gaps))])  # expect: max gap 8 at 89
goldbach = {}
for even in range(4, 31, 2):
    for p in primes:
        if is_prime(even - p):
            goldbach[even] = (p, even - p)
            break
print(goldbach)
# expect: {4: (2, 2), 6: (3, 3), 8: (3, 5), 10: (3, 7), 12: (5, 7), 14: (3, 11), 16: (3, 13), 18: (5, 13), 20: (3, 17), 22: (3, 19), 24: (5, 19), 26: (3, 23), 28: (5, 23), 30: (7, 23)}
print([n for n in range(1, 30) if not is_prime(n) and n % 2][:5])  # expect: [1, 9, 15, 21, 25]
mersenne = [2**p - 1 for p in primes[:8] if is_prime(2**p - 1)]
print(mersenne)  # expect: [3, 7, 31, 127, 8191, 131071, 524287]
