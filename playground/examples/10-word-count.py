# Dict word count: split, dict.get, sorting with a key.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""

counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print(f"{word:>6} {'#' * n} {n}")
print(len(counts), "distinct words")
