def step(grid, rule_birth={3}, rule_survive={2, 3}, wrap=True):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        rr, cc = r + dr, c + dc
                        if wrap:
                            rr, cc = rr % rows, cc % cols
                        elif not (0 <= rr < rows and 0 <= cc < cols):
                            continue
                        n += grid[rr][cc]
            new[r][c] = 1 if (n in rule_survive if grid[r][c] else n in rule_birth) else 0
    return new

def show(g):
    return "\n".join("".join("█" if x else "·" for x in row) for row in g)

def from_text(t):
    return [[1 if ch == "#" else 0 for ch in line] for line in t.strip().split("\n")]

def period(grid, limit=50, **kw):
    seen = {}
    for t in range(limit):
        key = tuple(map(tuple, grid))
        if key in seen:
            return seen[key], t - seen[key]
        seen[key] = t
        grid = step(grid, **kw)
    return None

toad = from_text("""
......
......
..###.
.###..
......
......""")
print(show(toad))
# expect: ······
# expect: ······
# expect: ··███·
# expect: ·███··
# expect: ······
# expect: ······
print(show(step(toad)))
# expect: ······
# expect: ···█··
# expect: ·█··█·
# expect: ·█··█·
# expect: ··█···
# expect: ······
print("toad period", period(toad))  # expect: toad period (0, 2)
glider = from_text("""
.#....
..#...
###...
......
......
......""")
print("glider on torus", period(glider))             # expect: glider on torus (0, 24)
print("glider bounded", period(glider, wrap=False))  # expect: glider bounded (15, 1)
seeds = from_text("""
......
..##..
......
......""")
g = seeds
for _ in range(3):
    g = step(g, rule_birth={2}, rule_survive=set(), wrap=False)
    print(show(g))
    print()
# expect: ··██··
# expect: ······
# expect: ··██··
# expect: ······
# expect:
# expect: ······
# expect: ·█··█·
# expect: ······
# expect: ··██··
# expect:
# expect: ······
# expect: ······
# expect: ·█··█·
# expect: ······
# expect:
print(sum(map(sum, g)))  # expect: 2
