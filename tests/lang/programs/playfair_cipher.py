def make_square(key):
    seen = []
    for ch in (key.upper() + "ABCDEFGHIKLMNOPQRSTUVWXYZ").replace("J", "I"):
        if ch.isalpha() and ch not in seen:
            seen.append(ch)
    return [seen[i:i + 5] for i in range(0, 25, 5)]

def locate(square):
    return {ch: (r, c) for r, row in enumerate(square) for c, ch in enumerate(row)}

def digraphs(text):
    letters = [c for c in text.upper().replace("J", "I") if c.isalpha()]
    pairs, i = [], 0
    while i < len(letters):
        a = letters[i]
        b = letters[i + 1] if i + 1 < len(letters) else "X"
        if a == b:
            pairs.append((a, "X"))
            i += 1
        else:
            pairs.append((a, b))
            i += 2
    return pairs

def crypt(pairs, square, direction):
    pos = locate(square)
    out = []
    for a, b in pairs:
        (r1, c1), (r2, c2) = pos[a], pos[b]
        if r1 == r2:
            out += [square[r1][(c1 + direction) % 5], square[r2][(c2 + direction) % 5]]
        elif c1 == c2:
            out += [square[(r1 + direction) % 5][c1], square[(r2 + direction) % 5][c2]]
        else:
            out += [square[r1][c2], square[r2][c1]]
    return "".join(out)

sq = make_square("playfair example")
for row in sq:
    print(" ".join(row))
# expect: P L A Y F
# expect: I R E X M
# expect: B C D G H
# expect: K N O Q S
# expect: T U V W Z
msg = "Hide the gold in the tree stump"
pairs = digraphs(msg)
print(" ".join(a + b for a, b in pairs))  # expect: HI DE TH EG OL DI NT HE TR EX ES TU MP
enc = crypt(pairs, sq, 1)
print(enc)  # expect: BMODZBXDNABEKUDMUIXMMOUVIF
dec = crypt([(enc[i], enc[i + 1]) for i in range(0, len(enc), 2)], sq, -1)
print(dec)  # expect: HIDETHEGOLDINTHETREXESTUMP
print(digraphs("balloon"), digraphs("jazz"))
# expect: [('B', 'A'), ('L', 'X'), ('L', 'O'), ('O', 'N')] [('I', 'A'), ('Z', 'X'), ('Z', 'X')]
