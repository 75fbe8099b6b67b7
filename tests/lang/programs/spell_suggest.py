DICTIONARY = """the of and to in is you that it he was for on are as with his they at be this have from
or one had by word but not what all were we when your can said there use an each which she do how their
if will up other about out many then them these so some her would make like him into time has look two
more write go see number no way could people my than first water been call who oil its now find long
down day did get come made may part python program function variable string list""".split()

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[-1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def edits1(word):
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [l + r[1:] for l, r in splits if r]
    transposes = [l + r[1] + r[0] + r[2:] for l, r in splits if len(r) > 1]
    replaces = [l + c + r[1:] for l, r in splits if r for c in letters]
    inserts = [l + c + r for l, r in splits for c in letters]
    return set(deletes + transposes + replaces + inserts)

def suggest(word, n=3):
    if word in DICTIONARY:
        return [word]
    close = sorted(edits1(word) & set(DICTIONARY))
    if close:
        return close[:n]
    ranked = sorted(DICTIONARY, key=lambda w: (edit_distance(word, w), w))
    return ranked[:n]

for w in ["teh", "pyhton", "functoin", "wter", "strng", "zzzz", "people", "lsit", "varaible"]:
    print(f"{w:<10} -> {suggest(w)}")
# expect: teh        -> ['the']
# expect: pyhton     -> ['python']
# expect: functoin   -> ['function']
# expect: wter       -> ['water']
# expect: strng      -> ['string']
# expect: zzzz       -> ['all', 'an', 'and']
# expect: people     -> ['people']
# expect: lsit       -> ['list']
# expect: varaible   -> ['variable']
print(len(edits1("word")), edit_distance("kitten", "sitting"), edit_distance("", "abc"))
# expect: 234 3 3
