def press(board, r, c):
    n = len(board)
    for dr, dc in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < n and 0 <= cc < n:
            board[rr][cc] ^= 1

def show(board):
    return "\n".join("".join("*" if x else "." for x in row) for row in board)

def solve(board):
    n = len(board)
    for first in range(1 << n):
        b = [row[:] for row in board]
        presses = []
        for c in range(n):
            if first >> c & 1:
                press(b, 0, c)
                presses.append((0, c))
        for r in range(1, n):
            for c in range(n):
                if b[r - 1][c]:
                    press(b, r, c)
                    presses.append((r, c))
        if not any(b[-1]):
            return presses
    return None

start = [[0] * 5 for _ in range(5)]
for r, c in [(0, 0), (2, 2), (4, 1), (1, 3)]:
    press(start, r, c)
print(show(start))
# expect: **.*.
# expect: *..**
# expect: .**..
# expect: .**..
# expect: ***..
sol = solve(start)
print(len(sol), sol)  # expect: 4 [(0, 0), (1, 3), (2, 2), (4, 1)]
b = [row[:] for row in start]
for r, c in sol:
    press(b, r, c)
print(show(b) == show([[0] * 5 for _ in range(5)]))  # expect: True
tiny = [[1, 0], [0, 0]]
print(solve(tiny), solve([[1, 1, 0], [1, 0, 0], [0, 0, 0]]))
# expect: [(0, 0), (0, 1), (1, 0)] [(0, 0)]
