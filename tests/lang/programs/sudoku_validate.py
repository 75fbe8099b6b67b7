GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""

def parse(text):
    return [[int(ch) for ch in line] for line in text.split()]

def groups(board):
    for r in range(9):
        yield ("row", r), board[r]
    for c in range(9):
        yield ("col", c), [board[r][c] for r in range(9)]
    for br in range(3):
        for bc in range(3):
            yield ("box", br * 3 + bc), [board[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)]

def problems(board):
    found = []
    for (kind, idx), values in groups(board):
        nums = [v for v in values if v]
        if len(nums) != len(set(nums)):
            dups = sorted({v for v in nums if nums.count(v) > 1})
            found.append(f"{kind} {idx}: duplicate {dups}")
    return found

def candidates(board, r, c):
    used = set(board[r]) | {board[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [n for n in range(1, 10) if n not in used]

def solve(board):
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                for n in candidates(board, r, c):
                    board[r][c] = n
                    if solve(board):
                        return True
                board[r][c] = 0
                return False
    return True

board = parse(GRID)
print("valid:", not problems(board))  # expect: valid: True
bad = [row[:] for row in board]
bad[0][0], bad[4][4] = bad[0][1], bad[4][3]
for p in problems(bad):
    print(" ", p)
# expect:   row 0: duplicate [3]
# expect:   row 4: duplicate [8]
# expect:   col 0: duplicate [3]
# expect:   col 4: duplicate [8]
# expect:   box 0: duplicate [3]
# expect:   box 4: duplicate [8]
puzzle = [row[:] for row in board]
holes = [(0, 0), (0, 4), (1, 1), (2, 8), (4, 4), (5, 2), (6, 6), (7, 3), (8, 8), (3, 0), (8, 0), (0, 8)]
for r, c in holes:
    puzzle[r][c] = 0
print("holes:", sum(row.count(0) for row in puzzle))  # expect: holes: 12
print("cands (0,0):", candidates(puzzle, 0, 0))       # expect: cands (0,0): [5]
print("solved:", solve(puzzle), puzzle == board)      # expect: solved: True True
for row in puzzle[:3]:
    print(" ".join(map(str, row[:3])), "|", " ".join(map(str, row[3:6])), "|", " ".join(map(str, row[6:])))
# expect: 5 3 4 | 6 7 8 | 9 1 2
# expect: 6 7 2 | 1 9 5 | 3 4 8
# expect: 1 9 8 | 3 4 2 | 5 6 7
