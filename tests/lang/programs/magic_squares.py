def odd_magic(n):
    sq = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if sq[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return sq

def doubly_even_magic(n):
    sq = [[r * n + c + 1 for c in range(n)] for r in range(n)]
    for r in range(n):
        for c in range(n):
            if (r % 4 in (0, 3)) == (c % 4 in (0, 3)):
                sq[r][c] = n * n + 1 - sq[r][c]
    return sq

def is_magic(sq):
    n = len(sq)
    target = sum(sq[0])
    sums = [sum(r) for r in sq] + [sum(c) for c in zip(*sq)]
    sums += [sum(sq[i][i] for i in range(n)), sum(sq[i][n - 1 - i] for i in range(n))]
    values = sorted(v for r in sq for v in r)
    return all(s == target for s in sums) and values == list(range(1, n * n + 1)), target

def show(sq):
    w = len(str(len(sq) ** 2))
    for row in sq:
        print(" ".join(f"{v:>{w}}" for v in row))

for n in (3, 5, 4, 8):
    sq = odd_magic(n) if n % 2 else doubly_even_magic(n)
    show(sq)
    print(n, is_magic(sq), n * (n * n + 1) // 2)
# expect: 8 1 6
# expect: 3 5 7
# expect: 4 9 2
# expect: 3 (True, 15) 15
# expect: 17 24  1  8 15
# expect: 23  5  7 14 16
# expect:  4  6 13 20 22
# expect: 10 12 19 21  3
# expect: 11 18 25  2  9
# expect: 5 (True, 65) 65
# expect: 16  2  3 13
# expect:  5 11 10  8
# expect:  9  7  6 12
# expect:  4 14 15  1
# expect: 4 (True, 34) 34
# expect: 64  2  3 61 60  6  7 57
# expect:  9 55 54 12 13 51 50 16
# expect: 17 47 46 20 21 43 42 24
# expect: 40 26 27 37 36 30 31 33
# expect: 32 34 35 29 28 38 39 25
# expect: 41 23 22 44 45 19 18 48
# expect: 49 15 14 52 53 11 10 56
# expect:  8 58 59  5  4 62 63  1
# expect: 8 (True, 260) 260
bad = odd_magic(3)
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print(is_magic(bad))  # expect: (False, 15)
