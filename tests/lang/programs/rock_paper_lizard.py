RULES = {
    "scissors": {"paper": "cuts", "lizard": "decapitates"},
    "paper": {"rock": "covers", "spock": "disproves"},
    "rock": {"lizard": "crushes", "scissors": "crushes"},
    "lizard": {"spock": "poisons", "paper": "eats"},
    "spock": {"scissors": "smashes", "rock": "vaporizes"},
}

def play(a, b):
    if a == b:
        return "tie"
    if b in RULES[a]:
        return f"{a} {RULES[a][b]} {b}"
    return f"{b} {RULES[b][a]} {a}"

def winner(a, b):
    return 0 if a == b else 1 if b in RULES[a] else 2

moves = list(RULES)
for a in moves:
    print(f"{a:>9}: " + " ".join("=" if winner(a, b) == 0 else "W" if winner(a, b) == 1 else "L" for b in moves))
# expect:  scissors: = W L W L
# expect:     paper: L = W L W
# expect:      rock: W L = W L
# expect:    lizard: L W L = W
# expect:     spock: W L W L =
print(play("rock", "spock"), "|", play("lizard", "paper"), "|", play("spock", "spock"))
# expect: spock vaporizes rock | lizard eats paper | tie
print(all(sum(winner(a, b) == 1 for b in moves) == 2 for a in moves))  # expect: True
seq_a = "rock paper spock lizard scissors rock".split()
seq_b = "lizard lizard rock spock scissors paper".split()
tally = [0, 0, 0]
for a, b in zip(seq_a, seq_b):
    tally[winner(a, b)] += 1
print(dict(zip(["ties", "A", "B"], tally)))  # expect: {'ties': 1, 'A': 3, 'B': 2}
