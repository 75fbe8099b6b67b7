def compress(row):
    tiles = [x for x in row if x]
    out, score, i = [], 0, 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            out.append(tiles[i] * 2)
            score += tiles[i] * 2
            i += 2
        else:
            out.append(tiles[i])
            i += 1
    return out + [0] * (len(row) - len(out)), score

def move(board, direction):
    rotations = {"left": 0, "up": 1, "right": 2, "down": 3}[direction]
    b = [row[:] for row in board]
    for _ in range(rotations):
        b = [list(r) for r in zip(*b[::-1])]
    b = [list(r) for r in zip(*b)] if False else b
    total = 0
    new = []
    for row in b:
        r, s = compress(row[::-1] if False else row)
        new.append(r)
        total += s
    for _ in range((4 - rotations) % 4):
        new = [list(r) for r in zip(*new[::-1])]
    return new, total

def show(b):
    return "\n".join(" ".join(f"{x or '.':>4}" for x in row) for row in b)

def spawn(board, seq):
    empties = [(r, c) for r in range(4) for c in range(4) if not board[r][c]]
    if not empties:
        return False
    r, c = empties[next(seq) % len(empties)]
    board[r][c] = 2 if next(seq) % 10 else 4
    return True

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed >> 8

print(compress([2, 2, 2, 2]), compress([2, 0, 2, 4]), compress([4, 4, 8, 8]), compress([0, 0, 0, 2]))
# expect: ([4, 4, 0, 0], 8) ([4, 4, 0, 0], 4) ([8, 16, 0, 0], 24) ([2, 0, 0, 0], 0)
board = [[2, 0, 2, 4], [0, 4, 4, 4], [8, 0, 0, 8], [2, 2, 2, 0]]
for d in ("left", "right", "up", "down"):
    nb, s = move(board, d)
    print(d, s)
    print(show(nb))
# expect: left 32
# expect:    4    4    .    .
# expect:    8    4    .    .
# expect:   16    .    .    .
# expect:    4    2    .    .
# expect: right 32
# expect:    .    .    4    4
# expect:    .    .    4    8
# expect:    .    .    .   16
# expect:    .    .    2    4
# expect: up 8
# expect:    .    .    .    .
# expect:    2    .    2    .
# expect:    8    4    4    8
# expect:    2    2    2    8
# expect: down 8
# expect:    2    4    2    8
# expect:    8    2    4    8
# expect:    2    .    2    .
# expect:    .    .    .    .
seq = lcg(7)
board = [[0] * 4 for _ in range(4)]
spawn(board, seq)
spawn(board, seq)
score = 0
for turn, d in enumerate(["left", "up", "right", "down"] * 15):
    nb, s = move(board, d)
    if nb != board:
        board = nb
        score += s
        if not spawn(board, seq):
            break
print(show(board))
# expect:    .   16    8    4
# expect:    .    2   64   32
# expect:    .    .    8    2
# expect:    .    .    .    .
print("score", score, "max tile", max(max(r) for r in board))  # expect: score 508 max tile 64
