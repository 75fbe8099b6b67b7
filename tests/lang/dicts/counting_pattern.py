counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)  # expect: {'m': 1, 'i': 4, 's': 4, 'p': 2}
tally = {}
for w in ["a", "b", "a"]:
    if w in tally:
        tally[w] += 1
    else:
        tally[w] = 1
print(tally)  # expect: {'a': 2, 'b': 1}
