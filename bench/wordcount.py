# wordcount.py — word frequencies, as the classic word-count programs do: a generated
# text of 1.8 MB (counted twice, the second time upper-cased) is split into lines and words, each word lower-cased and stripped of
# punctuation, counted in a dict, and the most common words reported after sorting by
# count then word. Dict get/set with str keys, str methods and a keyed sort.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an", "el", "ou"]
PUNCT = ".,;:!?\"'()"


def make_text(lines, seed):
    out = []
    for n in range(lines):
        words = []
        for _ in range(12):
            seed = (seed * 214013 + 2531011) & 0xFFFFFFFF
            r = seed >> 16
            # Zipf-like: short words (few syllables, low indices) are much more common.
            word = SYLLABLES[r % 12]
            if r & 3 == 0:
                word += SYLLABLES[(r >> 4) % 12]
            if r & 15 == 0:
                word += SYLLABLES[(r >> 8) % 12]
            if r & 0x60 == 0x60:
                word = word.capitalize()
            if r & 0x780 == 0x780:
                word += PUNCT[(r >> 3) % len(PUNCT)]
            words.append(word)
        out.append(" ".join(words))
    return "\n".join(out)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            word = word.strip(PUNCT).lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


text = make_text(40_000, 7)
counts = count_words(text)
for word, n in count_words(text.upper()).items():
    counts[word] += n
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f"{word:>8} {n}")
print(len(text), len(counts), sum(counts.values()))
checksum = 0
for i, (word, n) in enumerate(top):
    checksum = (checksum * 131 + n * (i + 1) + len(word)) % 1_000_000_007
print(checksum)
