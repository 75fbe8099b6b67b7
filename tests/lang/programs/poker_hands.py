RANKS = "23456789TJQKA"
NAMES = ["high card", "one pair", "two pair", "three of a kind", "straight",
         "flush", "full house", "four of a kind", "straight flush"]

def evaluate(hand):
    cards = hand.split()
    values = sorted((RANKS.index(c[0]) for c in cards), reverse=True)
    suits = {c[1] for c in cards}
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    shape = [cnt for _, cnt in groups]
    ordered = [v for v, _ in groups]
    if values == [12, 3, 2, 1, 0]:
        values = [3, 2, 1, 0, -1]
    straight = len(counts) == 5 and values[0] - values[4] == 4
    flush = len(suits) == 1
    if straight and flush:
        rank = 8
    elif shape == [4, 1]:
        rank = 7
    elif shape == [3, 2]:
        rank = 6
    elif flush:
        rank = 5
    elif straight:
        rank = 4
    elif shape == [3, 1, 1]:
        rank = 3
    elif shape == [2, 2, 1]:
        rank = 2
    elif shape == [2, 1, 1, 1]:
        rank = 1
    else:
        rank = 0
    return (rank, values if straight else ordered)

hands = {
    "alice": "2H 3D 5S 9C KD",
    "bob": "2C 3H 4S 8C AH",
    "carol": "2H 4S 4C 2D 4H",
    "dave": "2S 8S AS QS 3S",
    "eve": "TH JH QH KH AH",
    "frank": "AH 2D 3C 4S 5H",
    "grace": "KS KD 7C 7H 2S",
    "heidi": "9D 9S 9C 9H 2C",
}
scored = {name: evaluate(h) for name, h in hands.items()}
for name in sorted(scored, key=scored.get, reverse=True):
    rank, tiebreak = scored[name]
    print(f"{name:<6} {hands[name]}  {NAMES[rank]:<16} {tiebreak}")
# expect: eve    TH JH QH KH AH  straight flush   [12, 11, 10, 9, 8]
# expect: heidi  9D 9S 9C 9H 2C  four of a kind   [7, 0]
# expect: carol  2H 4S 4C 2D 4H  full house       [2, 0]
# expect: dave   2S 8S AS QS 3S  flush            [12, 10, 6, 1, 0]
# expect: frank  AH 2D 3C 4S 5H  straight         [3, 2, 1, 0, -1]
# expect: grace  KS KD 7C 7H 2S  two pair         [11, 5, 0]
# expect: bob    2C 3H 4S 8C AH  high card        [12, 6, 2, 1, 0]
# expect: alice  2H 3D 5S 9C KD  high card        [11, 7, 3, 1, 0]
print(max(scored, key=scored.get), min(scored, key=scored.get))  # expect: eve alice
print(evaluate("5H 5D 6S 6C 6H") > evaluate("AH AD KS KC KH"))   # expect: False
