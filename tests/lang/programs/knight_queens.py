def knight_moves(pos):
    col, row = ord(pos[0]) - 97, int(pos[1]) - 1
    out = []
    for dc, dr in [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]:
        c, r = col + dc, row + dr
        if 0 <= c < 8 and 0 <= r < 8:
            out.append(chr(97 + c) + str(r + 1))
    return sorted(out)

def knight_distance(a, b):
    frontier, seen, dist = [a], {a}, 0
    while frontier:
        if b in frontier:
            return dist
        nxt = []
        for p in frontier:
            for m in knight_moves(p):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier, dist = nxt, dist + 1

def queens(n):
    solutions = []
    cols = [0] * n
    def place(row, used_c, used_d1, used_d2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_c or row - c in used_d1 or row + c in used_d2:
                continue
            cols[row] = c
            place(row + 1, used_c | {c}, used_d1 | {row - c}, used_d2 | {row + c})
    place(0, frozenset(), frozenset(), frozenset())
    return solutions

def warnsdorff(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    def options(r, c):
        return [(r + dr, c + dc) for dr, dc in moves if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc]]
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        opts = options(r, c)
        if not opts:
            return None
        r, c = min(opts, key=lambda p: (len(options(*p)), p))
        board[r][c] = step
    return board

print(knight_moves("a1"), knight_moves("d4"), len(knight_moves("h8")))
# expect: ['b3', 'c2'] ['b3', 'b5', 'c2', 'c6', 'e2', 'e6', 'f3', 'f5'] 2
print(knight_distance("a1", "h8"), knight_distance("a1", "b3"), knight_distance("e4", "e4"))
# expect: 6 1 0
for n in range(1, 9):
    print(n, len(queens(n)))
# expect: 1 1
# expect: 2 0
# expect: 3 0
# expect: 4 2
# expect: 5 10
# expect: 6 4
# expect: 7 40
# expect: 8 92
sol = queens(6)[0]
for r in range(6):
    print(" ".join("Q" if sol[r] == c else "." for c in range(6)))
# expect: . Q . . . .
# expect: . . . Q . .
# expect: . . . . . Q
# expect: Q . . . . .
# expect: . . Q . . .
# expect: . . . . Q .
tour = warnsdorff(5)
for row in tour:
    print(" ".join(f"{v:2d}" for v in row))
# expect:  1 20  9 14  3
# expect: 10 15  2 19 24
# expect: 21  8 23  4 13
# expect: 16 11  6 25 18
# expect:  7 22 17 12  5
