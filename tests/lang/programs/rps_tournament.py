BEATS = {"rock": "scissors", "scissors": "paper", "paper": "rock"}
MOVES = list(BEATS)

def judge(a, b):
    if a == b:
        return 0
    return 1 if BEATS[a] == b else -1

class Player:
    def __init__(self, name):
        self.name = name
        self.history = []
        self.points = 0
    def move(self, opp_history):
        raise NotImplementedError

class Rocky(Player):
    def move(self, opp):
        return "rock"

class Cycler(Player):
    def move(self, opp):
        return MOVES[len(self.history) % 3]

class Copycat(Player):
    def move(self, opp):
        return opp[-1] if opp else "paper"

class Counter(Player):
    def move(self, opp):
        if not opp:
            return "scissors"
        counts = {m: opp.count(m) for m in MOVES}
        likely = max(MOVES, key=lambda m: (counts[m], -MOVES.index(m)))
        return next(m for m in MOVES if BEATS[m] == likely)

def match(p1, p2, rounds=20):
    p1.history, p2.history = [], []
    score = [0, 0, 0]
    for _ in range(rounds):
        a, b = p1.move(p2.history), p2.move(p1.history)
        p1.history.append(a)
        p2.history.append(b)
        r = judge(a, b)
        score[0 if r == 1 else 2 if r == -1 else 1] += 1
    return score

players = [Rocky("rocky"), Cycler("cycler"), Copycat("copycat"), Counter("counter")]
for i, p1 in enumerate(players):
    for p2 in players[i + 1:]:
        w, d, l = match(p1, p2)
        p1.points += 3 * w + d
        p2.points += 3 * l + d
        print(f"{p1.name:>8} vs {p2.name:<8} {w:2d}-{d:2d}-{l:2d}")
# expect:    rocky vs cycler    7- 7- 6
# expect:    rocky vs copycat   0-19- 1
# expect:    rocky vs counter   1- 0-19
# expect:   cycler vs copycat   0- 0-20
# expect:   cycler vs counter   8- 6- 6
# expect:  copycat vs counter   0-14- 6
for p in sorted(players, key=lambda p: (-p.points, p.name)):
    print(f"{p.name:<8} {p.points:>3}")
# expect: counter  113
# expect: copycat   96
# expect: cycler    55
# expect: rocky     50
print([judge(a, b) for a in MOVES for b in MOVES])  # expect: [0, 1, -1, -1, 0, 1, 1, -1, 0]
