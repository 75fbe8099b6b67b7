START = "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1"
VALUES = {"p": 1, "n": 3, "b": 3, "r": 5, "q": 9, "k": 0}

def parse_fen(fen):
    placement, turn, castling, ep, half, full = fen.split()
    board = []
    for rank in placement.split("/"):
        row = []
        for ch in rank:
            row.extend(["."] * int(ch) if ch.isdigit() else [ch])
        board.append(row)
    return {"board": board, "turn": turn, "castling": castling, "ep": ep, "half": int(half), "full": int(full)}

def to_fen_placement(board):
    ranks = []
    for row in board:
        out, empty = "", 0
        for sq in row:
            if sq == ".":
                empty += 1
            else:
                out += (str(empty) if empty else "") + sq
                empty = 0
        ranks.append(out + (str(empty) if empty else ""))
    return "/".join(ranks)

def material(board):
    white = sum(VALUES[p.lower()] for row in board for p in row if p.isupper())
    black = sum(VALUES[p] for row in board for p in row if p.islower())
    return white, black

def show(board):
    for i, row in enumerate(board):
        print(8 - i, " ".join(row))
    print("  " + " ".join("abcdefgh"))

def square(name):
    return 8 - int(name[1]), ord(name[0]) - ord("a")

def move(state, frm, to):
    b = state["board"]
    (r1, c1), (r2, c2) = square(frm), square(to)
    captured = b[r2][c2]
    b[r2][c2], b[r1][c1] = b[r1][c1], "."
    state["turn"] = "w" if state["turn"] == "b" else "b"
    return captured

st = parse_fen(START)
show(st["board"])
# expect: 8 r n b q k b n r
# expect: 7 p p p p p p p p
# expect: 6 . . . . . . . .
# expect: 5 . . . . . . . .
# expect: 4 . . . . P . . .
# expect: 3 . . . . . . . .
# expect: 2 P P P P . P P P
# expect: 1 R N B Q K B N R
# expect:   a b c d e f g h
print(st["turn"], st["castling"], st["ep"], st["full"])  # expect: b KQkq e3 1
print(material(st["board"]))                             # expect: (39, 39)
for frm, to in [("d7", "d5"), ("e4", "d5"), ("d8", "d5"), ("b1", "c3")]:
    cap = move(st, frm, to)
    print(f"{frm}-{to}", "captures " + cap if cap != "." else "", st["turn"])
# expect: d7-d5  w
# expect: e4-d5 captures p b
# expect: d8-d5 captures P w
# expect: b1-c3  b
print(to_fen_placement(st["board"]))  # expect: rnb1kbnr/ppp1pppp/8/3q4/8/2N5/PPPP1PPP/R1BQKBNR
print(to_fen_placement(parse_fen(START)["board"]) == START.split()[0])  # expect: True
print(material(st["board"]))                                            # expect: (38, 38)
