# sieve.py — the sieve of Eratosthenes, and a few facts about the primes it finds.

LIMIT = 100_000

is_prime = [True] * (LIMIT + 1)
is_prime[0] = is_prime[1] = False
p = 2
while p * p <= LIMIT:
    if is_prime[p]:
        for multiple in range(p * p, LIMIT + 1, p):
            is_prime[multiple] = False
    p += 1

primes = [n for n in range(LIMIT + 1) if is_prime[n]]
print(f"{len(primes)} primes below {LIMIT:,}")
print(f"first ten: {primes[:10]}")
print(f"last five: {primes[-5:]}")

twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(f"{len(twins)} twin prime pairs, the largest {twins[-1]}")

gaps = {}
for a, b in zip(primes, primes[1:]):
    gap = b - a
    gaps[gap] = gaps.get(gap, 0) + 1
widest = max(gaps)
print(f"widest gap: {widest}, most common gap: {max(gaps, key=lambda g: gaps[g])}")
for gap in sorted(gaps)[:6]:
    bar = "*" * (gaps[gap] // 250)
    print(f"  gap {gap:>2}: {gaps[gap]:>5} {bar}".rstrip())
