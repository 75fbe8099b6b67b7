PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(s):
    rows = s.split()
    return {(r, c): int(ch) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch != "."}

def peers(r, c):
    ps = {(r, k) for k in range(9)} | {(k, c) for k in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    ps |= {(br + i, bc + j) for i in range(3) for j in range(3)}
    ps.discard((r, c))
    return ps

PEERS = {(r, c): peers(r, c) for r in range(9) for c in range(9)}
calls = 0

def solve(grid):
    global calls
    calls += 1
    empty = [(p, set(range(1, 10)) - {grid[q] for q in PEERS[p] if q in grid}) for p in PEERS if p not in grid]
    if not empty:
        return grid
    pos, options = min(empty, key=lambda e: (len(e[1]), e[0]))
    for v in sorted(options):
        grid[pos] = v
        if solve(grid):
            return grid
        del grid[pos]
    return None

def show(grid):
    lines = []
    for r in range(9):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        row = ""
        for c in range(9):
            if c and c % 3 == 0:
                row += "| "
            row += f"{grid.get((r, c), '.')} "
        lines.append(row.rstrip())
    return "\n".join(lines)

g = parse(PUZZLE)
print(len(g), "givens")  # expect: 30 givens
solution = solve(dict(g))
print(show(solution))
# expect: 5 3 4 | 6 7 8 | 9 1 2
# expect: 6 7 2 | 1 9 5 | 3 4 8
# expect: 1 9 8 | 3 4 2 | 5 6 7
# expect: ------+-------+------
# expect: 8 5 9 | 7 6 1 | 4 2 3
# expect: 4 2 6 | 8 5 3 | 7 9 1
# expect: 7 1 3 | 9 2 4 | 8 5 6
# expect: ------+-------+------
# expect: 9 6 1 | 5 3 7 | 2 8 4
# expect: 2 8 7 | 4 1 9 | 6 3 5
# expect: 3 4 5 | 2 8 6 | 1 7 9
print("calls:", calls)  # expect: calls: 52
ok = all(len({solution[(r, c)] for c in range(9)}) == 9 for r in range(9))
ok = ok and all(len({solution[(r, c)] for r in range(9)}) == 9 for c in range(9))
print("valid:", ok, sum(solution.values()))  # expect: valid: True 405
