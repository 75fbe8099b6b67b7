LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None

def show(board):
    rows = [" | ".join(c if c != " " else "." for c in board[i:i + 3]) for i in range(0, 9, 3)]
    return "\n---------\n".join(rows)

def minimax(board, player):
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best = None
    for i in range(9):
        if board[i] == " ":
            board[i] = player
            score, _ = minimax(board, "O" if player == "X" else "X")
            board[i] = " "
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best

boards = ["XXXOO    ", "XO XO X  ", "XOXOXOOXO", "XOXXOOOXX", "         "]
for b in boards:
    print(repr(b), "->", winner(list(b)))
# expect: 'XXXOO    ' -> X
# expect: 'XO XO X  ' -> X
# expect: 'XOXOXOOXO' -> draw
# expect: 'XOXXOOOXX' -> draw
# expect: '         ' -> None
board = list("XO  X   O")
print(show(board))
# expect: X | O | .
# expect: ---------
# expect: . | X | .
# expect: ---------
# expect: . | . | O
print(minimax(board, "X"))  # expect: (1, 3)
board = [" "] * 9
player = "X"
moves = 0
while winner(board) is None:
    _, move = minimax(board, player)
    board[move] = player
    player = "O" if player == "X" else "X"
    moves += 1
print(show(board))
# expect: X | X | O
# expect: ---------
# expect: O | O | X
# expect: ---------
# expect: X | O | X
print("result:", winner(board), "after", moves, "moves")  # expect: result: draw after 9 moves
