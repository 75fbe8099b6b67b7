ITEMS = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange"]

def columns(items, width=40):
    colw = max(map(len, items)) + 2
    ncols = max(1, width // colw)
    nrows = -(-len(items) // ncols)
    lines = []
    for r in range(nrows):
        cells = [items[c * nrows + r] for c in range(ncols) if c * nrows + r < len(items)]
        lines.append("".join(f"{c:<{colw}}" for c in cells).rstrip())
    return lines

def numbered(items, start=1):
    w = len(str(start + len(items) - 1))
    return [f"{i:>{w}}. {it}" for i, it in enumerate(items, start)]

def bullet_tree(d, depth=0):
    out = []
    for k, v in d.items():
        out.append("  " * depth + ("- " if depth else "* ") + k)
        if isinstance(v, dict):
            out.extend(bullet_tree(v, depth + 1))
    return out

print("\n".join(columns(ITEMS)))
# expect: apple       fig         mango
# expect: banana      grape       nectarine
# expect: cherry      honeydew    orange
# expect: date        kiwi
# expect: elderberry  lemon
print("---")  # expect: ---
print("\n".join(columns(ITEMS, 70)))
# expect: apple       date        grape       lemon       orange
# expect: banana      elderberry  honeydew    mango
# expect: cherry      fig         kiwi        nectarine
print("---")  # expect: ---
print("\n".join(numbered(ITEMS[:4], 98)))
# expect:  98. apple
# expect:  99. banana
# expect: 100. cherry
# expect: 101. date
tree = {"fruit": {"citrus": {"lemon": None, "orange": None}, "berry": {"grape": None}}, "veg": {"root": {"carrot": None}}}
print("\n".join(bullet_tree(tree)))
# expect: * fruit
# expect:   - citrus
# expect:     - lemon
# expect:     - orange
# expect:   - berry
# expect:     - grape
# expect: * veg
# expect:   - root
# expect:     - carrot
