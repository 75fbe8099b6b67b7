def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]

def combinations(items, k):
    if k == 0:
        return [()]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [(first,) + c for c in combinations(rest, k - 1)] + combinations(rest, k)

def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return [[]]
    out = []
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            out.append([p] + rest)
    return out

def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def binary_strings(n, no_consecutive_ones=True):
    if n == 0:
        return [""]
    out = []
    for s in binary_strings(n - 1, no_consecutive_ones):
        out.append(s + "0")
        if not (no_consecutive_ones and s.endswith("1")):
            out.append(s + "1")
    return out

moves = hanoi(4)
print(len(moves), moves[:5])
# expect: 15 [(1, 'A', 'B'), (2, 'A', 'C'), (1, 'B', 'C'), (3, 'A', 'B'), (1, 'C', 'A')]
print(len(hanoi(10)))        # expect: 1023
print(power_set([1, 2, 3]))  # expect: [[], [3], [2], [2, 3], [1], [1, 3], [1, 2], [1, 2, 3]]
print(combinations("abcde", 3))
# expect: [('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'b', 'e'), ('a', 'c', 'd'), ('a', 'c', 'e'), ('a', 'd', 'e'), ('b', 'c', 'd'), ('b', 'c', 'e'), ('b', 'd', 'e'), ('c', 'd', 'e')]
print(len(combinations(list(range(10)), 4)))  # expect: 210
print(partitions(6))
# expect: [[6], [5, 1], [4, 2], [4, 1, 1], [3, 3], [3, 2, 1], [3, 1, 1, 1], [2, 2, 2], [2, 2, 1, 1], [2, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]]
print([len(partitions(n)) for n in range(1, 16)])
# expect: [1, 2, 3, 5, 7, 11, 15, 22, 30, 42, 56, 77, 101, 135, 176]
print(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "str"]))  # expect: [1, 2, 3, 4, 5, 6, 'str']
print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))
# expect: [[1, 2, 3, 4], [2, 3, 4, 5], [3, 5, 7, 9]] 9
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 0))  # expect: 21 1048576 17
print(binary_strings(4), len(binary_strings(12)))
# expect: ['0000', '0001', '0010', '0100', '0101', '1000', '1001', '1010'] 377
