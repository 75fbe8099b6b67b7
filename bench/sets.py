# sets.py — set work: adds, discards, membership tests, set algebra and frozensets as
# keys of a dict.

seed = 99
values = []
for i in range(400_000):
    seed = (seed * 69069 + 1) % 4294967296
    values.append(seed % 50_000)

seen = set()
dupes = 0
for v in values:
    if v in seen:
        dupes += 1
    else:
        seen.add(v)

checksum = dupes + len(seen)
for k in range(97):
    a = {v for v in values[k * 2000:(k + 1) * 2000]}
    b = {v for v in values[(k + 1) * 2000:(k + 3) * 2000]}
    checksum += len(a & b) + len(a | b) + len(a - b) + len(a ^ b)
    checksum += (a <= seen) + (b.isdisjoint(a))
for v in values[:300_000]:
    seen.discard(v * 3 % 50_000)
checksum += len(seen)

words = set()
for i in range(200_000):
    words.add("w" + str(values[i] % 7000))
checksum += len(words) + sum(len(w) for w in words)

groups = {}
for i in range(0, 300_000, 3):
    key = frozenset((values[i] % 10, values[i + 1] % 10))
    groups[key] = groups.get(key, 0) + 1
checksum += len(groups) + max(groups.values())
print(checksum)
