# hexiom.py — a solver for Hexiom, the hexagonal tile puzzle of the classic "hexiom"
# benchmark: numbered tiles go on the cells of a hexagonal board so that every tile's
# number is the count of tiles on the cells around it, some cells staying empty. The
# solver counts every solution by backtracking: it fills next the cell with the fewest
# choices left, and after each placement checks every affected tile against the least
# and most neighbours it can still get. Puzzles are made from random boards (a seeded
# generator; no imports) with a few cells given. Written from the puzzle's rules; the
# classic's own puzzle files and its done/possible bitsets are not reproduced.

EMPTY = -1


class Board:
    def __init__(self, side):
        self.cells = []
        index = {}
        for q in range(-side + 1, side):
            for r in range(-side + 1, side):
                if abs(q + r) < side:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for q, r in self.cells:
            near = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                n = index.get((q + dq, r + dr))
                if n is not None:
                    near.append(n)
            self.neighbours.append(tuple(near))


class Solver:
    def __init__(self, board, counts, empties, given):
        self.board = board
        self.counts = counts[:]
        self.empties = empties
        self.values = [None] * len(board.cells)
        self.nodes = 0
        for cell, value in given.items():
            self.place(cell, value)

    def place(self, cell, value):
        self.values[cell] = value
        if value == EMPTY:
            self.empties -= 1
        else:
            self.counts[value] -= 1

    def unplace(self, cell, value):
        self.values[cell] = None
        if value == EMPTY:
            self.empties += 1
        else:
            self.counts[value] += 1

    def fits(self, cell):
        # A tile's number must lie between the tiles already around it and those plus the
        # open cells around it.
        value = self.values[cell]
        if value is None or value == EMPTY:
            return True
        low = 0
        high = 0
        for n in self.board.neighbours[cell]:
            v = self.values[n]
            if v is None:
                high += 1
            elif v != EMPTY:
                low += 1
                high += 1
        return low <= value <= high

    def consistent(self, cell):
        if not self.fits(cell):
            return False
        for n in self.board.neighbours[cell]:
            if not self.fits(n):
                return False
        return True

    def choices(self, cell):
        out = []
        if self.empties:
            self.place(cell, EMPTY)
            if self.consistent(cell):
                out.append(EMPTY)
            self.unplace(cell, EMPTY)
        for value in range(7):
            if self.counts[value]:
                self.place(cell, value)
                if self.consistent(cell):
                    out.append(value)
                self.unplace(cell, value)
        return out

    def solve(self):
        self.nodes += 1
        best = None
        best_choices = None
        for cell, value in enumerate(self.values):
            if value is None:
                c = self.choices(cell)
                if not c:
                    return 0
                if best is None or len(c) < len(best_choices):
                    best, best_choices = cell, c
                    if len(c) == 1:
                        break
        if best is None:
            return 1
        found = 0
        for value in best_choices:
            self.place(best, value)
            found += self.solve()
            self.unplace(best, value)
        return found


def make_puzzle(side, empty_cells, given_cells, seed):
    board = Board(side)
    n = len(board.cells)
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        j = seed % (i + 1)
        order[i], order[j] = order[j], order[i]
    empty = set(order[:empty_cells])
    solution = []
    for cell in range(n):
        if cell in empty:
            solution.append(EMPTY)
        else:
            solution.append(sum(1 for m in board.neighbours[cell] if m not in empty))
    counts = [0] * 7
    for v in solution:
        if v != EMPTY:
            counts[v] += 1
    given = {cell: solution[cell] for cell in order[empty_cells:empty_cells + given_cells]}
    return board, counts, empty_cells, given, seed


# (side, empty cells, cells given, seed)
PUZZLES = [(3, 5, 2, 1), (3, 6, 2, 4), (4, 12, 9, 5), (4, 10, 8, 3), (4, 11, 10, 3)]
checksum = 0
for side, empties, given, seed in PUZZLES:
    board, counts, empty_count, given_cells, _ = make_puzzle(side, empties, given, seed)
    solver = Solver(board, counts, empty_count, given_cells)
    solutions = solver.solve()
    print(f"side {side}: {len(board.cells)} cells, {solutions} solutions, {solver.nodes} nodes")
    checksum = checksum * 1009 + solutions * 31 + solver.nodes
print(checksum)
