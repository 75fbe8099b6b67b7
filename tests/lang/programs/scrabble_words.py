SCORES = {c: s for s, letters in {1: "aeilnorstu", 2: "dg", 3: "bcmp", 4: "fhvwy", 5: "k", 8: "jx", 10: "qz"}.items() for c in letters}
DICTIONARY = """ate eat tea tae eta rat tar art star rats arts tsar east seat teas eats sate
quiz jazz zest taste state treat great grate tear rate later alter alert cat act tact
axe tax zeta ox box pox sox""".split()

def score(word, multipliers=""):
    total, word_mult = 0, 1
    for i, ch in enumerate(word):
        m = multipliers[i] if i < len(multipliers) else "."
        letter = SCORES[ch]
        if m == "d":
            letter *= 2
        elif m == "t":
            letter *= 3
        elif m == "D":
            word_mult *= 2
        elif m == "T":
            word_mult *= 3
        total += letter
    bonus = 50 if len(word) == 7 else 0
    return total * word_mult + bonus

def can_make(word, rack):
    pool = list(rack)
    for ch in word:
        if ch in pool:
            pool.remove(ch)
        elif "?" in pool:
            pool.remove("?")
        else:
            return False
    return True

def best_words(rack, n=5):
    found = [(score(w), w) for w in DICTIONARY if can_make(w, rack)]
    return sorted(found, key=lambda t: (-t[0], t[1]))[:n]

for w in ["quiz", "jazz", "tax", "great", "ox"]:
    print(w, score(w), score(w, "d.T"), score(w, "..t."))
# expect: quiz 22 96 24
# expect: jazz 29 111 49
# expect: tax 10 33 26
# expect: great 6 24 8
# expect: ox 9 10 9
for rack in ["aterst?", "zaxjqie", "reetta", "oxb"]:
    print(rack, best_words(rack))
# expect: aterst? [(13, 'zest'), (13, 'zeta'), (10, 'axe'), (10, 'tax'), (6, 'grate')]
# expect: zaxjqie [(10, 'axe')]
# expect: reetta [(5, 'treat'), (4, 'rate'), (4, 'tear'), (3, 'art'), (3, 'ate')]
# expect: oxb [(12, 'box'), (9, 'ox')]
anagrams = {}
for w in DICTIONARY:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print(sorted((k, v) for k, v in anagrams.items() if len(v) >= 3))
# expect: [('aelrt', ['later', 'alter', 'alert']), ('aest', ['east', 'seat', 'teas', 'eats', 'sate']), ('aet', ['ate', 'eat', 'tea', 'tae', 'eta']), ('arst', ['star', 'rats', 'arts', 'tsar']), ('art', ['rat', 'tar', 'art'])]
