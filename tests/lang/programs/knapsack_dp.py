def knapsack(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        name, weight, value = items[i - 1]
        for c in range(capacity + 1):
            table[i][c] = table[i - 1][c]
            if weight <= c and table[i - 1][c - weight] + value > table[i][c]:
                table[i][c] = table[i - 1][c - weight] + value
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return table[n][capacity], chosen[::-1]

def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x == y:
                dp[i + 1][j + 1] = dp[i][j] + x
            else:
                dp[i + 1][j + 1] = max(dp[i][j + 1], dp[i + 1][j], key=len)
    return dp[-1][-1]

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    best = [0] + [None] * amount
    for v in range(1, amount + 1):
        options = [best[v - c] for c in coins if c <= v and best[v - c] is not None]
        best[v] = min(options) + 1 if options else None
    return ways[amount], best[amount]

def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
# expect: (510, ['map', 'compass', 'sandwich', 'glucose', 'tin', 'banana'])
print(repr(lcs("AGGTAB", "GXTXAYB")), lcs("ABCBDAB", "BDCABA"))  # expect: 'GTAB' BCBA
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(f"{s!r} -> {t!r}: {edit_distance(s, t)}")
# expect: 'kitten' -> 'sitting': 3
# expect: 'flaw' -> 'lawn': 2
# expect: '' -> 'abc': 3
# expect: 'same' -> 'same': 0
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50], 100))
# expect: (11, 3) (0, None) (292, 2)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis(list(range(20, 0, -1))))  # expect: 4 0 1
