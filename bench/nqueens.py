# nqueens.py — the N-queens puzzle in the style of the classic generator benchmark: every
# permutation of the columns is a board with one queen per row and column, and it is a
# solution when the queens' diagonals (row + col, row - col) are all distinct, which two
# sets built from generator expressions tell. itertools.permutations is written out here
# as a recursive generator (the program imports nothing), so yield and yield from carry
# every board.


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def n_queens(n):
    cols = range(n)
    for vec in permutations(list(cols)):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


checksum = 0
for n in (6, 7, 8, 8, 8, 8):
    solutions = list(n_queens(n))
    checksum += len(solutions) + sum(sum(v * (i + 1) for i, v in enumerate(s)) for s in solutions)
print(len(solutions), solutions[0], solutions[-1])
print(checksum)
