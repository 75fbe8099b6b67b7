# comprehensions.py — list, dict and set comprehensions and generator expressions,
# nested and filtered, over ranges, lists and dict items.

checksum = 0
for round_ in range(90):
    base = [(i * 7919 + round_) % 10007 for i in range(20_000)]
    squares = [n * n % 1000 for n in base if n % 3]
    pairs = [(a, b) for a in range(60) for b in range(a, 60) if (a + b) % 7 == 0]
    index = {n: i for i, n in enumerate(base[:5000])}
    buckets = {k: [n for n in base[:3000] if n % 16 == k] for k in range(16)}
    distinct = {n % 997 for n in base}
    matrix = [[r * c % 11 for c in range(40)] for r in range(40)]
    transposed = [[row[c] for row in matrix] for c in range(40)]
    words = ["w" + str(n % 500) for n in base[:4000]]
    lengths = {w: len(w) for w in words}
    checksum += sum(squares) + len(pairs) + len(index) + len(distinct)
    checksum += sum([len(v) for v in buckets.values()])
    checksum += sum(sum(row) for row in transposed)
    checksum += sum(lengths.values()) + max(x * 2 for x in distinct if x % 5 == 1)
    checksum %= 1_000_000_007
print(checksum)
