class Game:
    def __init__(self, secret, low=1, high=100):
        self.secret, self.low, self.high = secret, low, high
        self.guesses = []

    def guess(self, n):
        if not self.low <= n <= self.high:
            raise ValueError(f"guess {n} outside {self.low}..{self.high}")
        self.guesses.append(n)
        if n < self.secret:
            return "higher"
        if n > self.secret:
            return "lower"
        return "correct"

def binary_player(game):
    lo, hi = game.low, game.high
    while True:
        mid = (lo + hi) // 2
        answer = game.guess(mid)
        if answer == "correct":
            return len(game.guesses)
        if answer == "higher":
            lo = mid + 1
        else:
            hi = mid - 1

def linear_player(game):
    for n in range(game.low, game.high + 1):
        if game.guess(n) == "correct":
            return len(game.guesses)

g = Game(73)
print(binary_player(g), g.guesses)  # expect: 6 [50, 75, 62, 68, 71, 73]
worst = max(range(1, 101), key=lambda s: (binary_player(Game(s)), -s))
print("hardest secret:", worst, binary_player(Game(worst)))  # expect: hardest secret: 2 7
avg_b = sum(binary_player(Game(s)) for s in range(1, 101)) / 100
avg_l = sum(linear_player(Game(s)) for s in range(1, 101)) / 100
print(f"average guesses: binary {avg_b}, linear {avg_l}")
# expect: average guesses: binary 5.8, linear 50.5
big = Game(123456789, 1, 10 ** 9)
print(binary_player(big))  # expect: 29
try:
    Game(5).guess(500)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: guess 500 outside 1..100
