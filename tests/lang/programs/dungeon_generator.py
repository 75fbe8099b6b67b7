class Rand:
    def __init__(self, seed):
        self.s = seed
    def next(self):
        self.s ^= (self.s << 13) & 0xFFFFFFFF
        self.s ^= self.s >> 17
        self.s ^= (self.s << 5) & 0xFFFFFFFF
        return self.s
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

W, H = 40, 16
rng = Rand(2463534242)
grid = [["#"] * W for _ in range(H)]
rooms = []
for _ in range(30):
    w, h = rng.randint(4, 9), rng.randint(3, 5)
    x, y = rng.randint(1, W - w - 2), rng.randint(1, H - h - 2)
    if any(x < rx + rw + 1 and rx < x + w + 1 and y < ry + rh + 1 and ry < y + h + 1 for rx, ry, rw, rh in rooms):
        continue
    rooms.append((x, y, w, h))
    for yy in range(y, y + h):
        for xx in range(x, x + w):
            grid[yy][xx] = "."
centers = [(x + w // 2, y + h // 2) for x, y, w, h in rooms]
for (x1, y1), (x2, y2) in zip(centers, centers[1:]):
    for xx in range(min(x1, x2), max(x1, x2) + 1):
        if grid[y1][xx] == "#":
            grid[y1][xx] = ","
    for yy in range(min(y1, y2), max(y1, y2) + 1):
        if grid[yy][x2] == "#":
            grid[yy][x2] = ","
for i, (cx, cy) in enumerate(centers):
    grid[cy][cx] = str(i)
print("\n".join("".join(r) for r in grid))
# expect: ########################################
# expect: ########################################
# expect: #.......################################
# expect: #...4...#######.....####################
# expect: #.......#######.....#######.........####
# expect: ####,#,,,,,,,,,..0..,,,,,,,....2....####
# expect: ####.....######.....###,###.........####
# expect: ####.....##############,#######,########
# expect: ####..3..##############,#######,########
# expect: ####.....##########.........###,########
# expect: ####.....##########.........###,########
# expect: ###################....1....,,,,########
# expect: ###################.........############
# expect: ###################.........############
# expect: ########################################
# expect: ########################################
print(len(rooms), rooms)
# expect: 5 [(15, 3, 5, 4), (19, 9, 9, 5), (27, 4, 9, 3), (4, 6, 5, 5), (1, 2, 7, 3)]
floor = sum(row.count(".") for row in grid)
corridor = sum(row.count(",") for row in grid)
print(f"floor {floor}, corridor {corridor}, coverage {(floor + corridor) / (W * H):.1%}")
# expect: floor 133, corridor 28, coverage 25.2%
