def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells

def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]

def step(cells):
    counts = {}
    for cell in cells:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in cells)}

def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))

def bbox(cells):
    rs = [r for r, _ in cells]
    cs = [c for _, c in cells]
    return min(rs), min(cs), max(rs), max(cs)

glider = parse("""
.#.
..#
###
""")
world = set(glider)
for gen in range(5):
    print(f"gen {gen}: {len(world)} cells, bbox {bbox(world)}")
    print(render(world, 6, 6))
    world = step(world)
# expect: gen 0: 5 cells, bbox (0, 0, 2, 2)
# expect: .#....
# expect: ..#...
# expect: ###...
# expect: ......
# expect: ......
# expect: ......
# expect: gen 1: 5 cells, bbox (1, 0, 3, 2)
# expect: ......
# expect: #.#...
# expect: .##...
# expect: .#....
# expect: ......
# expect: ......
# expect: gen 2: 5 cells, bbox (1, 0, 3, 2)
# expect: ......
# expect: ..#...
# expect: #.#...
# expect: .##...
# expect: ......
# expect: ......
# expect: gen 3: 5 cells, bbox (1, 1, 3, 3)
# expect: ......
# expect: .#....
# expect: ..##..
# expect: .##...
# expect: ......
# expect: ......
# expect: gen 4: 5 cells, bbox (1, 1, 3, 3)
# expect: ......
# expect: ..#...
# expect: ...#..
# expect: .###..
# expect: ......
# expect: ......
blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)
# expect: [(-1, 1), (0, 1), (1, 1)] True
rpent = parse("""
.##
##.
.#.
""")
world = rpent
history = []
for i in range(60):
    history.append(len(world))
    world = step(world)
print(history[:20])
# expect: [5, 6, 7, 9, 8, 9, 12, 11, 18, 11, 11, 10, 13, 16, 19, 19, 23, 25, 35, 25]
print(max(history), history.index(max(history)), len(world))  # expect: 72 58 79
block = parse("##\n##")
print(step(block) == block, len(step(set())))  # expect: True 0
