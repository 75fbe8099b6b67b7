def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

def justify(lines, width):
    out = []
    for i, line in enumerate(lines):
        words = line.split()
        if i == len(lines) - 1 or len(words) == 1:
            out.append(line)
            continue
        gaps = len(words) - 1
        spaces = width - sum(map(len, words))
        q, r = divmod(spaces, gaps)
        out.append("".join(w + " " * (q + (1 if k < r else 0)) for k, w in enumerate(words[:-1])) + words[-1])
    return out

def table(rows, headers, aligns=None):
    cols = list(zip(headers, *rows))
    widths = [max(len(str(v)) for v in col) for col in cols]
    aligns = aligns or ["<"] * len(headers)
    def fmt(row):
        return "| " + " | ".join(f"{str(v):{a}{w}}" for v, a, w in zip(row, aligns, widths)) + " |"
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    return "\n".join([sep, fmt(headers), sep.replace("-", "="), *map(fmt, rows), sep])

def box(text, pad=1):
    lines = text.splitlines()
    w = max(map(len, lines))
    top = "+" + "-" * (w + 2 * pad) + "+"
    return "\n".join([top] + [f"|{' ' * pad}{l:<{w}}{' ' * pad}|" for l in lines] + [top])

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
lines = wrap(TEXT, 28)
for l in lines:
    print(f"[{l:<28}]")
# expect: [The quick brown fox jumps   ]
# expect: [over the lazy dog. Pack my  ]
# expect: [box with five dozen liquor  ]
# expect: [jugs. How vexingly quick    ]
# expect: [daft zebras jump!           ]
print()  # expect:
for l in justify(lines, 28):
    print(f"[{l}]")
# expect: [The  quick  brown  fox jumps]
# expect: [over  the  lazy dog. Pack my]
# expect: [box  with  five dozen liquor]
# expect: [jugs.   How  vexingly  quick]
# expect: [daft zebras jump!]
print(table([("apple", 3, 1.25), ("banana", 12, 0.5), ("kiwi", 100, 12.0)], ("fruit", "qty", "price"), ["<", ">", ">"]))
# expect: +--------+-----+-------+
# expect: | fruit  | qty | price |
# expect: +========+=====+=======+
# expect: | apple  |   3 |  1.25 |
# expect: | banana |  12 |   0.5 |
# expect: | kiwi   | 100 |  12.0 |
# expect: +--------+-----+-------+
print(box("Hello\nEdge Python\n!"))
# expect: +-------------+
# expect: | Hello       |
# expect: | Edge Python |
# expect: | !           |
# expect: +-------------+
print(box("x", 3))
# expect: +-------+
# expect: |   x   |
# expect: +-------+
print("Name".ljust(10, ".") + "Value".rjust(8, "."))  # expect: Name.........Value
for k, v in {"alpha": 1, "beta": 22, "gamma": 333}.items():
    print(f"{k:.<10}{v:.>8}")
# expect: alpha............1
# expect: beta............22
# expect: gamma..........333
print(f"{'centered':^30}".rstrip() + "|")  # expect:            centered|
print("=" * 30)                            # expect: ==============================
