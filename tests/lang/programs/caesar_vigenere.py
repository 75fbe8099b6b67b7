def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    key = [ord(k) - ord("a") for k in key.lower() if k.isalpha()]
    res, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = key[i % len(key)] * (-1 if decrypt else 1)
            res.append(chr((ord(ch) - base + k) % 26 + base))
            i += 1
        else:
            res.append(ch)
    return "".join(res)

def frequency(text):
    letters = [c for c in text.lower() if c.isalpha()]
    counts = {}
    for c in letters:
        counts[c] = counts.get(c, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

def crack_caesar(cipher):
    common = "etaoinshrdlu"
    best = None
    for shift in range(26):
        plain = caesar(cipher, -shift)
        score = sum(common.index(c) < 6 for c in plain.lower() if c in common)
        if best is None or score > best[0]:
            best = (score, shift, plain)
    return best

def rot13(s):
    table = str.maketrans(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
    return s.translate(table)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
enc = caesar(msg, 3)
print(enc)                     # expect: Wkh Txlfn Eurzq Ira Mxpsv Ryhu Wkh Odcb Grj!
print(caesar(enc, -3) == msg)  # expect: True
v = vigenere("Attack at dawn, said the general.", "LEMON")
print(v)                                   # expect: Lxfopv ef rnhr, eovo xts tprqfnw.
print(vigenere(v, "LEMON", decrypt=True))  # expect: Attack at dawn, said the general.
print(frequency(msg)[:5])  # expect: [('o', 4), ('e', 3), ('h', 2), ('r', 2), ('t', 2)]
secret = caesar("meet me near the old tower at seven in the evening", 11)
score, shift, plain = crack_caesar(secret)
print(secret)  # expect: xppe xp yplc esp zwo ezhpc le dpgpy ty esp pgpytyr
print(f"shift={shift} score={score}: {plain}")
# expect: shift=11 score=27: meet me near the old tower at seven in the evening
print(rot13("Hello, World"), rot13(rot13("Hello, World")))  # expect: Uryyb, Jbeyq Hello, World
atbash = {chr(97 + i): chr(122 - i) for i in range(26)}
print("".join(atbash.get(c, c) for c in "wizard of oz"))  # expect: draziw lu la
