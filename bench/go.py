# go.py — Monte Carlo tree search for the game of Go, after the classic "go" benchmark:
# a 9x9 board with captures, no suicide and simple ko; random playouts that do not fill
# their own eyes, scored by area; and a UCT tree that picks the next move to explore by
# its win rate plus an exploration bonus, growing one node per playout. Objects, lists,
# flood fills and a seeded random generator (no imports). Adapted: the bonus is
# sqrt(visits of the parent) / (1 + visits), without UCB1's log, so the program needs no
# math module; the square root is Newton's method in plain arithmetic.

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5


def sqrt(x):
    if x <= 0.0:
        return 0.0
    r = x if x > 1.0 else 1.0
    while True:
        n = 0.5 * (r + x / r)
        if n >= r:
            return r
        r = n


NEIGHBOURS = []
for p in range(SIZE * SIZE):
    row, col = divmod(p, SIZE)
    ns = []
    if row > 0:
        ns.append(p - SIZE)
    if row < SIZE - 1:
        ns.append(p + SIZE)
    if col > 0:
        ns.append(p - 1)
    if col < SIZE - 1:
        ns.append(p + 1)
    NEIGHBOURS.append(tuple(ns))


class Random:
    def __init__(self, seed):
        self.seed = seed

    def below(self, n):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.seed >> 8) % n


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.history = []

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.history = []
        return b

    def group(self, p):
        # The stones connected to p and whether the group has a liberty.
        colour = self.cells[p]
        cells = self.cells
        stones = {p}
        todo = [p]
        free = False
        while todo:
            q = todo.pop()
            for n in NEIGHBOURS[q]:
                c = cells[n]
                if c == EMPTY:
                    free = True
                elif c == colour and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, free

    def is_eye(self, p, colour):
        cells = self.cells
        for n in NEIGHBOURS[p]:
            if cells[n] != colour:
                return False
        return True

    def legal(self, p):
        if p == PASS:
            return True
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        other = 3 - me
        for n in NEIGHBOURS[p]:
            if cells[n] == EMPTY:
                return True
        # No empty neighbour: legal if it captures, or joins a group that stays free.
        cells[p] = me
        ok = False
        for n in NEIGHBOURS[p]:
            if cells[n] == other and not self.group(n)[1]:
                ok = True
                break
        if not ok:
            ok = self.group(p)[1]
        cells[p] = EMPTY
        return ok

    def play(self, p):
        me = self.to_move
        self.to_move = 3 - me
        self.history.append(p)
        if p == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        cells = self.cells
        cells[p] = me
        captured = []
        for n in NEIGHBOURS[p]:
            if cells[n] == 3 - me:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = captured[0] if len(captured) == 1 else None

    def random_move(self, rng):
        empties = [p for p in range(SIZE * SIZE) if self.cells[p] == EMPTY]
        me = self.to_move
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            if not self.is_eye(p, me) and self.legal(p):
                return p
            empties[i] = empties[-1]
            empties.pop()
        return PASS

    def score(self):
        # Area scoring: stones plus empty points that only touch one colour; black's view.
        cells = self.cells
        black = white = 0
        for p in range(SIZE * SIZE):
            c = cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                near = {cells[n] for n in NEIGHBOURS[p]}
                if near == {BLACK}:
                    black += 1
                elif near == {WHITE}:
                    white += 1
        return black - white - KOMI


class Node:
    def __init__(self, move, parent, to_move):
        self.move = move
        self.parent = parent
        self.to_move = to_move
        self.children = []
        self.untried = None
        self.wins = 0
        self.visits = 0

    def select(self):
        bonus_base = sqrt(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + 0.7 * bonus_base / (1 + child.visits)
            if value > best_value:
                best, best_value = child, value
        return best


def uct(board, playouts, rng):
    root = Node(None, None, board.to_move)
    for _ in range(playouts):
        node = root
        b = board.copy()
        while node.untried is not None and not node.untried and node.children:
            node = node.select()
            b.play(node.move)
        if node.untried is None:
            node.untried = [p for p in range(SIZE * SIZE) if b.cells[p] == EMPTY and b.legal(p)]
        if node.untried and b.passes < 2:
            move = node.untried.pop(rng.below(len(node.untried)))
            b.play(move)
            child = Node(move, node, b.to_move)
            node.children.append(child)
            node = child
        steps = 0
        while b.passes < 2 and steps < 200:
            b.play(b.random_move(rng))
            steps += 1
        black_wins = b.score() > 0
        while node is not None:
            node.visits += 1
            mover = 3 - node.to_move
            if (mover == BLACK) == black_wins:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    return best.move, best.visits, root.visits


rng = Random(20240601)
board = Board()
moves = []
checksum = 0
for turn in range(4):
    move, visits, total = uct(board, 32, rng)
    moves.append(move)
    board.play(move)
    checksum = checksum * 97 + move * 1000 + visits
print(moves, sum(1 for c in board.cells if c != EMPTY))
print(checksum)
