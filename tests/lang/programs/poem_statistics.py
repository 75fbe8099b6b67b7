POEM = """Shall I compare thee to a summer's day?
Thou art more lovely and more temperate:
Rough winds do shake the darling buds of May,
And summer's lease hath all too short a date;
Sometime too hot the eye of heaven shines,
And often is his gold complexion dimm'd;"""

lines = POEM.splitlines()
print(len(lines), "lines,", len(POEM.split()), "words,", len(POEM), "chars")
# expect: 6 lines, 48 words, 256 chars
letters = {}
for ch in POEM.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
total = sum(letters.values())
for ch, n in top:
    bar = "=" * round(40 * n / top[0][1])
    print(f"{ch} {n:3d} {n / total:6.2%} {bar}")
# expect: e  26 13.00% ========================================
# expect: o  21 10.50% ================================
# expect: a  18  9.00% ============================
# expect: t  16  8.00% =========================
# expect: s  15  7.50% =======================
# expect: h  14  7.00% ======================
# expect: m  14  7.00% ======================
# expect: d  12  6.00% ==================
missing = sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters))
print("unused letters:", "".join(missing))  # expect: unused letters: jqz
def syllables(word):
    word = word.lower().strip(".,;:?!'")
    vowels = "aeiouy"
    count = 0
    prev = False
    for ch in word:
        is_v = ch in vowels
        if is_v and not prev:
            count += 1
        prev = is_v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
for line in lines:
    words = line.split()
    print(f"{sum(syllables(w) for w in words):2d} | {line}")
# expect: 10 | Shall I compare thee to a summer's day?
# expect: 11 | Thou art more lovely and more temperate:
# expect: 10 | Rough winds do shake the darling buds of May,
# expect: 10 | And summer's lease hath all too short a date;
# expect: 12 | Sometime too hot the eye of heaven shines,
# expect: 10 | And often is his gold complexion dimm'd;
last_words = [l.split()[-1].strip(".,;:?!").lower() for l in lines]
print(last_words)  # expect: ['day', 'temperate', 'may', 'date', 'shines', "dimm'd"]
rhymes = [(a, b) for i, a in enumerate(last_words) for b in last_words[i + 1:] if a[-2:] == b[-2:]]
print(rhymes)  # expect: [('day', 'may'), ('temperate', 'date')]
capitalized = [w for w in POEM.split() if w[0].isupper()]
print(len(capitalized), capitalized[:6])  # expect: 8 ['Shall', 'I', 'Thou', 'Rough', 'May,', 'And']
print(POEM.count("summer"), POEM.lower().count("and"), POEM.index("May"), POEM[POEM.index("May") - 10:POEM.index("May") + 3])
# expect: 2 3 122 g buds of May
