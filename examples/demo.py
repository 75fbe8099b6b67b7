# demo.py — a quick tour of Edge Python: functions, loops, f-strings, dicts and big ints.
# Run it with `make demo` (edge.wasm under Node) or `build/native/edge examples/demo.py`;
# python3 prints exactly the same.


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def make_counter(start):
    count = start

    def step():
        nonlocal count
        count += 1
        return count

    return step


print("Edge Python demo")
print("=" * 16)

# Integers grow as large as they need to.
print(f"fib(100) = {fib(100)}")
print(f"2 ** 128 = {2 ** 128}")
fact = 1
for i in range(1, 31):
    fact *= i
print(f"30! = {fact:,}")
print(f"digits of 2 ** 1000: {len(str(2 ** 1000))}")

# Lists, comprehensions and slices.
primes = [n for n in range(60) if is_prime(n)]
print(f"primes below 60: {primes}")
print(f"the last three: {primes[-3:]}, every other: {primes[::2]}")
squares = {n: n * n for n in range(1, 6)}
print(f"squares: {squares}")

# Counting words with a dict, then sorting by count.
text = "the quick brown fox jumps over the lazy dog and the fox naps"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for word, n in top:
    print(f"{word:>6} {'#' * n} {n}")

# Closures keep their own state.
tick = make_counter(10)
tick()
tick()
print(f"counter: {tick()}")

# Floats, tuples and formatting.
total = 0.0
for k in range(1, 10001):
    total += 1 / (k * k)
print(f"sum of 1/k^2 = {total:.6f}, pi^2/6 = {3.141592653589793 ** 2 / 6:.6f}")
point = (3, 4)
x, y = point
print(f"|{point}| = {(x * x + y * y) ** 0.5}")
print(f"[{'left':<8}|{'mid':^8}|{'right':>8}]")
print(f"{255:#x} {255:#o} {255:#b} {1234567.891:,.2f} {0.000123:.2e}")
