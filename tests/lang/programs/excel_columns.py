def col_to_num(col):
    n = 0
    for ch in col.upper():
        if not "A" <= ch <= "Z":
            raise ValueError(f"bad column {col!r}")
        n = n * 26 + (ord(ch) - 64)
    return n

def num_to_col(n):
    if n < 1:
        raise ValueError("columns start at 1")
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out

def parse_cell(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    return col_to_num(ref[:i]), int(ref[i:])

def cell_range(a, b):
    (c1, r1), (c2, r2) = parse_cell(a), parse_cell(b)
    return [f"{num_to_col(c)}{r}" for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]

for n in [1, 26, 27, 52, 53, 702, 703, 16384, 18278]:
    c = num_to_col(n)
    print(n, c, col_to_num(c))
# expect: 1 A 1
# expect: 26 Z 26
# expect: 27 AA 27
# expect: 52 AZ 52
# expect: 53 BA 53
# expect: 702 ZZ 702
# expect: 703 AAA 703
# expect: 16384 XFD 16384
# expect: 18278 ZZZ 18278
print(parse_cell("XFD1048576"), parse_cell("a1"))  # expect: (16384, 1048576) (1, 1)
print(cell_range("B2", "D4"))   # expect: ['B2', 'C2', 'D2', 'B3', 'C3', 'D3', 'B4', 'C4', 'D4']
print(cell_range("Y1", "AB1"))  # expect: ['Y1', 'Z1', 'AA1', 'AB1']
for bad in ["A1B", "", "Z$"]:
    try:
        print(col_to_num(bad))
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: bad column 'A1B'
# expect: 0
# expect: ValueError: bad column 'Z$'
