def greedy(amount, coins):
    out = {}
    for c in sorted(coins, reverse=True):
        n, amount = divmod(amount, c)
        if n:
            out[c] = n
    return out if amount == 0 else None

def optimal(amount, coins):
    best = [0] + [None] * amount
    pick = [0] * (amount + 1)
    for v in range(1, amount + 1):
        for c in coins:
            if c <= v and best[v - c] is not None and (best[v] is None or best[v - c] + 1 < best[v]):
                best[v] = best[v - c] + 1
                pick[v] = c
    if best[amount] is None:
        return None
    out = {}
    while amount:
        out[pick[amount]] = out.get(pick[amount], 0) + 1
        amount -= pick[amount]
    return dict(sorted(out.items(), reverse=True))

systems = {"euro": [1, 2, 5, 10, 20, 50, 100, 200], "odd": [1, 3, 4], "old uk": [1, 3, 6, 12, 24, 30], "no ones": [5, 7]}
for name, coins in systems.items():
    mismatches = []
    for amt in range(1, 60):
        g, o = greedy(amt, coins), optimal(amt, coins)
        gs = sum(g.values()) if g else None
        os_ = sum(o.values()) if o else None
        if gs != os_:
            mismatches.append(amt)
    print(f"{name:<8} greedy fails at {mismatches[:6]}{'...' if len(mismatches) > 6 else ''} ({len(mismatches)} total)")
# expect: euro     greedy fails at [] (0 total)
# expect: odd      greedy fails at [6, 10, 14, 18, 22, 26]... (14 total)
# expect: old uk   greedy fails at [48, 49, 50, 51, 52, 53] (6 total)
# expect: no ones  greedy fails at [10, 15, 17, 20, 22, 24]... (31 total)
print(greedy(6, [1, 3, 4]), optimal(6, [1, 3, 4]))  # expect: {4: 1, 1: 2} {3: 2}
print(greedy(48, [1, 3, 6, 12, 24, 30]), optimal(48, [1, 3, 6, 12, 24, 30]))
# expect: {30: 1, 12: 1, 6: 1} {24: 2}
print(optimal(3, [5, 7]), optimal(24, [5, 7]), greedy(289, systems["euro"]))
# expect: None {7: 2, 5: 2} {200: 1, 50: 1, 20: 1, 10: 1, 5: 1, 2: 2}
