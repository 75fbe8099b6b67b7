# closures.py — closures and higher-order functions: adders and counters built by
# factories, nonlocal state, composition, decorators, and map/filter with lambdas.


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count
    return bump


def compose(f, g):
    return lambda x: f(g(x))


def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper


@twice
def shuffle(x):
    return (x * 31 + 7) % 100_003


def fold(f, items, start):
    acc = start
    for item in items:
        acc = f(acc, item)
    return acc


adders = [make_adder(k) for k in range(16)]
pipeline = compose(adders[3], compose(shuffle, adders[5]))
counter = make_counter()
checksum = 0
for i in range(700_000):
    checksum = (checksum + pipeline(i) + adders[i % 16](i)) % 1_000_000_007
    counter(i % 3)
for rnd in range(150):
    data = list(map(lambda x: x * (rnd + 2) % 977, range(4000)))
    kept = list(filter(lambda x: x % 3 != 0, data))
    checksum += fold(lambda a, b: (a * 7 + b) % 1_000_003, kept, rnd)
    checksum += sorted(kept, key=lambda x: -x)[10]
print(checksum + counter(0))
