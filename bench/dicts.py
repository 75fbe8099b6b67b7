# dicts.py — dict inserts, lookups, updates and deletes with int and str keys.

counts = {}
seed = 7
for i in range(1_200_000):
    seed = (seed * 48271) % 2147483647
    key = seed % 5000
    counts[key] = counts.get(key, 0) + 1

names = {}
for i in range(600_000):
    names["k" + str(i % 20_000)] = i

checksum = 0
for key in range(0, 5000, 3):
    if key in counts:
        checksum += counts[key] * key
for i in range(20_000):
    checksum += names["k" + str(i)] % 97
for key in list(counts):
    if key % 2 == 0:
        del counts[key]
checksum += len(counts) + sum(counts.values())
merged = {}
for k, v in names.items():
    merged[v % 1000] = k
checksum += len(merged)
print(checksum)
