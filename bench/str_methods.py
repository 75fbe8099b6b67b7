# str_methods.py — str methods over a long generated text, in the manner of the classic
# string-method benchmarks: split into lines and words, strip, lower, upper, title,
# replace, find and count, startswith and endswith, partition, the is* predicates, ljust
# and center, and join. The text is ASCII prose from a fixed vocabulary and a seeded
# generator, so every runtime sees the same 700 KB.

VOCAB = ("the quick brown fox jumps over lazy dog while seven wizards quietly hex "
         "jovial zebras packing boxes with five dozen liquor jugs and the edge "
         "python runtime evaluates bytecode in small slices").split()


def make_text(lines, seed):
    out = []
    for n in range(lines):
        words = []
        for _ in range(6 + n % 9):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            w = VOCAB[seed % len(VOCAB)]
            if seed & 0x300 == 0x300:
                w = w.capitalize()
            words.append(w)
        sep = ", " if n % 5 == 0 else " "
        line = "  " * (n % 3) + sep.join(words) + (". " if n % 2 else "!")
        out.append(line)
    return "\n".join(out), seed


def analyse(text):
    score = 0
    for line in text.split("\n"):
        s = line.strip()
        low = s.lower()
        score += low.count("the") + low.find("fox") + s.upper().count("E")
        if s.startswith("The") or s.endswith("."):
            score += 3
        head, sep, tail = s.partition(",")
        if sep:
            score += len(head) - len(tail.lstrip())
        s = s.replace("quick", "slow").replace("  ", " ")
        score += len(s.title()) + s.rfind("o")
        words = s.rstrip(".!").split()
        score += sum(1 for w in words if w.isalpha()) + sum(1 for w in words if w.istitle())
        score += len(" ".join(w.center(12) for w in words[:3]).rstrip())
        score += len("-".join(w.ljust(8, ".") for w in words[-2:]))
    return score


text, seed = make_text(16_000, 2024)
total = 0
for round_ in range(3):
    total += analyse(text)
    text = text.swapcase() if round_ != 1 else text
print(len(text), text.split("\n", 1)[0])
print(total)
