IMAGE = [
    "................",
    "....######......",
    "...#......#.....",
    "..#..#..#..#....",
    "..#........#....",
    "..#.#....#.#....",
    "...#.####.#.....",
    "....######......",
    "................",
]

def encode_row(row):
    out, prev, n = [], row[0], 0
    for ch in row:
        if ch == prev:
            n += 1
        else:
            out.append((prev, n))
            prev, n = ch, 1
    out.append((prev, n))
    return out

def decode_row(runs):
    return "".join(ch * n for ch, n in runs)

def compress(img):
    return [encode_row(r) for r in img]

def flip_h(img):
    return [r[::-1] for r in img]

def scale(img, k):
    return [("".join(ch * k for ch in r)) for r in img for _ in range(k)]

def crop(img):
    rows = [i for i, r in enumerate(img) if "#" in r]
    cols = [j for j in range(len(img[0])) if any(r[j] == "#" for r in img)]
    return [r[cols[0]:cols[-1] + 1] for r in img[rows[0]:rows[-1] + 1]]

enc = compress(IMAGE)
raw = sum(len(r) for r in IMAGE)
packed = sum(len(r) for r in enc)
print(f"raw {raw} cells, {packed} runs, ratio {raw / packed:.2f}")
# expect: raw 144 cells, 43 runs, ratio 3.35
print(enc[3])
# expect: [('.', 2), ('#', 1), ('.', 2), ('#', 1), ('.', 2), ('#', 1), ('.', 2), ('#', 1), ('.', 4)]
print([decode_row(r) for r in enc] == IMAGE)  # expect: True
small = crop(IMAGE)
print("\n".join(small))
# expect: ..######..
# expect: .#......#.
# expect: #..#..#..#
# expect: #........#
# expect: #.#....#.#
# expect: .#.####.#.
# expect: ..######..
print("\n".join(flip_h(small)))
# expect: ..######..
# expect: .#......#.
# expect: #..#..#..#
# expect: #........#
# expect: #.#....#.#
# expect: .#.####.#.
# expect: ..######..
print("\n".join(scale(small[:3], 2)))
# expect: ....############....
# expect: ....############....
# expect: ..##............##..
# expect: ..##............##..
# expect: ##....##....##....##
# expect: ##....##....##....##
print(sum(r.count("#") for r in IMAGE), len(small), len(small[0]))  # expect: 30 7 10
