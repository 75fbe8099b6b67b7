TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    clean = "".join(c.lower() if c.isalpha() or c.isspace() else " " for c in text)
    return clean.split()

ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))  # expect: words: 60 unique: 20
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<8} {n:>3} {'#' * n}")
# expect: it        10 ##########
# expect: of        10 ##########
# expect: the       10 ##########
# expect: was       10 ##########
# expect: age        2 ##
# expect: epoch      2 ##
by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, ", ".join(by_len[length]))
# expect: 2 it, of
# expect: 3 age, the, was
# expect: 4 best, hope
# expect: 5 epoch, light, times, worst
# expect: 6 belief, season, spring, winter, wisdom
# expect: 7 despair
# expect: 8 darkness
# expect: 11 foolishness, incredulity
longest = max(ws, key=len)
print("longest:", longest, len(longest))  # expect: longest: foolishness 11
avg = sum(map(len, ws)) / len(ws)
print(f"average length: {avg:.3f}")  # expect: average length: 3.617
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}: {len(line):3d} chars, {len(line.split()):2d} words, starts {line.split()[0]!r}")
# expect: 01:  70 chars, 17 words, starts 'It'
# expect: 02:  77 chars, 16 words, starts 'wisdom,'
# expect: 03:  80 chars, 15 words, starts 'epoch'
# expect: 04:  56 chars, 12 words, starts 'it'
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[-1])  # expect: 10 it was the winter of despair.
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)  # expect: ['It', 'Light,', 'Darkness,']
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print("vowels:", vowels, "ratio", round(vowels / len([c for c in TEXT if c.isalpha()]), 4))
# expect: vowels: 84 ratio 0.3871
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(max(bigrams.items(), key=lambda kv: kv[1]))  # expect: (('it', 'was'), 10)
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("age"))
# expect: 9 10 64 90
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("a b c".split())))  # expect: PNG c-b-a
