# generators.py — generator functions and expressions: pipelines of lazy stages,
# yield from, send() and generators that stop early.


def numbers(seed, count):
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed >> 12


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def scaled(source, k):
    for n in source:
        yield n * k % 10007


def windows(source, size):
    window = []
    for n in source:
        window.append(n)
        if len(window) == size:
            yield sum(window)
            window.pop(0)


def chained(count):
    yield from numbers(1, count)
    yield from numbers(2, count)


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total = (total + value) % 1_000_003


def tree(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield from tree(depth - 1, label * 2 + 1)


checksum = 0
for w in windows(scaled(evens(numbers(7, 700_000)), 31), 4):
    checksum = (checksum + w) % 1_000_000_007
checksum += sum(n % 7 for n in chained(350_000))
acc = accumulator()
next(acc)
for n in numbers(3, 350_000):
    checksum ^= acc.send(n)
acc.close()
checksum += sum(x for x in tree(17, 1) if x % 3 == 0)
first = 0
for k in range(50_000):
    gen = (i * i for i in range(k % 50, 10_000))
    first += next(gen)
print(checksum + first)
