# strings.py — building, slicing, searching and joining strings.

words = []
seed = 12345
for i in range(300_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    n = 3 + seed % 6
    word = ""
    for k in range(n):
        word += "abcdefghijklmnopqrstuvwxyz"[(seed >> (k * 3)) % 26]
    words.append(word)

text = " ".join(words)
checksum = len(text)
for w in words[:80_000]:
    checksum += text.find(w[:3]) % 1000
upper = text.upper()
checksum += upper.count("AB") + text.count("e")
pieces = [text[i:i + 7][::-1] for i in range(0, len(text), 7)]
checksum += len("".join(pieces).replace("a", "xy"))
checksum += sum([len(p.strip()) for p in text.split("q")])
print(checksum)
