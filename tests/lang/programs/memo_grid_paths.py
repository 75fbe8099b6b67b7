calls = {"plain": 0, "memo": 0}

def paths_plain(r, c):
    calls["plain"] += 1
    if r == 0 or c == 0:
        return 1
    return paths_plain(r - 1, c) + paths_plain(r, c - 1)

def paths_memo(r, c, memo=None):
    if memo is None:
        memo = {}
    calls["memo"] += 1
    if (r, c) in memo:
        return memo[(r, c)]
    result = 1 if r == 0 or c == 0 else paths_memo(r - 1, c, memo) + paths_memo(r, c - 1, memo)
    memo[(r, c)] = result
    return result

def stairs(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 0:
        return 0
    if n == 0:
        return 1
    memo[n] = stairs(n - 1) + stairs(n - 2) + stairs(n - 3)
    return memo[n]

print(paths_plain(8, 8), calls["plain"])  # expect: 12870 25739
print(paths_memo(8, 8), calls["memo"])    # expect: 12870 129
print(paths_memo(30, 30), paths_memo(60, 60))
# expect: 118264581564861424 96614908840363322603893139521372656
print([stairs(n) for n in range(12)], stairs(100))
# expect: [1, 1, 2, 4, 7, 13, 24, 44, 81, 149, 274, 504] 180396380815100901214157639
print(len(stairs.__defaults__[0]))  # expect: 100
