# permutations_stream.py — the permutations of 9 items streamed through generators
# (written out as itertools' documentation describes them) into sum(): 362,880 tuples,
# each garbage once summed, so memory stays flat however many there are.


def permutations(pool):
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(pool)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices)
                break
        else:
            return


def score(p):
    return p[0] * p[-1] + p[len(p) // 2]


total = sum(score(p) for p in permutations(range(9)))
firsts = sum(1 for p in permutations("abcdefg") if p[0] < p[-1])
print(total, firsts)
