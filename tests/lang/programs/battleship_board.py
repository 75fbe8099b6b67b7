class Ship:
    def __init__(self, name, cells):
        self.name = name
        self.cells = set(cells)
        self.hits = set()

    @property
    def sunk(self):
        return self.cells == self.hits

class Board:
    SIZE = 8
    def __init__(self):
        self.ships = []
        self.shots = {}

    def place(self, name, start, length, horizontal):
        r, c = start
        cells = [(r, c + i) if horizontal else (r + i, c) for i in range(length)]
        if any(not (0 <= rr < self.SIZE and 0 <= cc < self.SIZE) for rr, cc in cells):
            raise ValueError(f"{name} out of bounds")
        taken = set().union(*(s.cells for s in self.ships)) if self.ships else set()
        if taken & set(cells):
            raise ValueError(f"{name} overlaps")
        self.ships.append(Ship(name, cells))

    def fire(self, r, c):
        if (r, c) in self.shots:
            return "already fired"
        for s in self.ships:
            if (r, c) in s.cells:
                s.hits.add((r, c))
                self.shots[(r, c)] = "X"
                return f"sunk {s.name}!" if s.sunk else "hit"
        self.shots[(r, c)] = "o"
        return "miss"

    def render(self, reveal=False):
        lines = ["  " + "".join(str(i) for i in range(self.SIZE))]
        ship_cells = {cell for s in self.ships for cell in s.cells}
        for r in range(self.SIZE):
            row = ""
            for c in range(self.SIZE):
                row += self.shots.get((r, c), "#" if reveal and (r, c) in ship_cells else ".")
            lines.append(f"{chr(65 + r)} {row}")
        return "\n".join(lines)

b = Board()
b.place("carrier", (0, 0), 5, True)
b.place("sub", (2, 3), 3, False)
b.place("boat", (7, 6), 2, True)
for args in [("tug", (7, 7), 2, True), ("tug", (1, 3), 3, False)]:
    try:
        b.place(*args)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: tug out of bounds
# expect: ValueError: tug overlaps
print(b.render(reveal=True))
# expect:   01234567
# expect: A #####...
# expect: B ........
# expect: C ...#....
# expect: D ...#....
# expect: E ...#....
# expect: F ........
# expect: G ........
# expect: H ......##
for shot in ["A0", "A1", "B1", "C3", "D3", "E3", "E3", "H6", "H7", "A2", "A3", "A4"]:
    r, c = ord(shot[0]) - 65, int(shot[1])
    print(shot, b.fire(r, c))
# expect: A0 hit
# expect: A1 hit
# expect: B1 miss
# expect: C3 hit
# expect: D3 hit
# expect: E3 sunk sub!
# expect: E3 already fired
# expect: H6 hit
# expect: H7 sunk boat!
# expect: A2 hit
# expect: A3 hit
# expect: A4 sunk carrier!
print(b.render())
# expect:   01234567
# expect: A XXXXX...
# expect: B .o......
# expect: C ...X....
# expect: D ...X....
# expect: E ...X....
# expect: F ........
# expect: G ........
# expect: H ......XX
print([s.name for s in b.ships if s.sunk], all(s.sunk for s in b.ships))
# expect: ['carrier', 'sub', 'boat'] True
