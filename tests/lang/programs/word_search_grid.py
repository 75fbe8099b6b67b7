GRID = """
PYTHONXQ
AEDGEBCL
RSTRINGO
SLISTKEO
EDICTAMP
ZTUPLEVW
""".split()
WORDS = ["PYTHON", "EDGE", "STRING", "LIST", "DICT", "TUPLE", "LOOP", "PARSE", "SET", "MAP", "JAVA", "GO"]
DIRS = [(0, 1), (1, 0), (1, 1), (-1, 1), (0, -1), (-1, 0), (-1, -1), (1, -1)]

def find(word):
    rows, cols = len(GRID), len(GRID[0])
    for r in range(rows):
        for c in range(cols):
            for dr, dc in DIRS:
                ok = True
                for k, ch in enumerate(word):
                    rr, cc = r + dr * k, c + dc * k
                    if not (0 <= rr < rows and 0 <= cc < cols) or GRID[rr][cc] != ch:
                        ok = False
                        break
                if ok:
                    return (r, c), (dr, dc)
    return None

found = {}
for w in WORDS:
    res = find(w)
    print(f"{w:<7} {res}")
    if res:
        found[w] = res
# expect: PYTHON  ((0, 0), (0, 1))
# expect: EDGE    ((1, 1), (0, 1))
# expect: STRING  ((2, 1), (0, 1))
# expect: LIST    ((3, 1), (0, 1))
# expect: DICT    ((4, 1), (0, 1))
# expect: TUPLE   ((5, 1), (0, 1))
# expect: LOOP    ((1, 7), (1, 0))
# expect: PARSE   ((0, 0), (1, 0))
# expect: SET     None
# expect: MAP     None
# expect: JAVA    None
# expect: GO      ((1, 3), (-1, 1))
used = set()
for w, ((r, c), (dr, dc)) in found.items():
    for k in range(len(w)):
        used.add((r + dr * k, c + dc * k))
for r, row in enumerate(GRID):
    print(" ".join(ch if (r, c) in used else ch.lower() for c, ch in enumerate(row)))
# expect: P Y T H O N x q
# expect: A E D G E b c L
# expect: R S T R I N G O
# expect: S L I S T k e O
# expect: E D I C T a m P
# expect: z T U P L E v w
leftover = "".join(ch for r, row in enumerate(GRID) for c, ch in enumerate(row) if (r, c) not in used)
print(len(found), len(used), leftover)  # expect: 9 37 XQBCKEAMZVW
