# wordfreq.py — counts words and letters in a short text with dicts, sets and sorting.

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""

words = []
for raw in TEXT.split():
    word = raw.strip(".,").lower()
    if word:
        words.append(word)

counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1

print(f"{len(words)} words, {len(counts)} different")
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, n in ranked[:6]:
    print(f"{word:<8} {n:>3} {'=' * n}")

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = "".join(sorted(letters, key=lambda c: (-letters[c], c))[:5])
print(f"most common letters: {common}")
print(f"letters never used: {''.join(sorted(set('abcdefghijklmnopqrstuvwxyz') - set(letters)))}")

lengths = [len(w) for w in words]
print(f"longest word: {max(words, key=len)}, mean length {sum(lengths) / len(lengths):.2f}")
print(f"five-letter words: {sorted({w for w in words if len(w) == 5})}")
