ENGLISH_FREQ = {
    "e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0, "d": 4.3,
    "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0, "p": 1.9, "b": 1.5,
    "v": 1.0, "k": 0.8, "j": 0.15, "x": 0.15, "q": 0.1, "z": 0.07,
}

def shift(text, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in text)

def chi_squared(text):
    letters = [c for c in text if c.isalpha()]
    n = len(letters)
    counts = {c: letters.count(c) for c in ENGLISH_FREQ}
    return sum((counts[c] - n * f / 100) ** 2 / (n * f / 100) for c, f in ENGLISH_FREQ.items())

secret = shift("it is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife", 17)
print(secret)
# expect: zk zj r kilky lezmvijrccp rtbefncvuxvu kyrk r jzexcv dre ze gfjjvjjzfe fw r xffu wfiklev dljk sv ze nrek fw r nzwv
scores = sorted((chi_squared(shift(secret, -k)), k) for k in range(26))
for score, k in scores[:3]:
    print(f"k={k:2d} chi2={score:9.2f} {shift(secret, -k)[:40]}")
# expect: k=17 chi2=    13.95 it is a truth universally acknowledged t
# expect: k= 4 chi2=   377.61 vg vf n gehgu havirefnyyl npxabjyrqtrq g
# expect: k= 3 chi2=   389.11 wh wg o hfihv ibwjsfgozzm oqybckzsrusr h
best_k = scores[0][1]
print("key:", best_k, "| worst:", scores[-1][1])  # expect: key: 17 | worst: 5
print(shift(shift("round trip test", 5), -5))     # expect: round trip test
