STAGES = ["", "O", "O\n|", "O\n/|", "O\n/|\\", "O\n/|\\\n/", "O\n/|\\\n/ \\"]

class Hangman:
    def __init__(self, word, max_misses=6):
        self.word = word.lower()
        self.guessed = set()
        self.misses = []
        self.max_misses = max_misses

    @property
    def masked(self):
        return " ".join(c if c in self.guessed else "_" for c in self.word)

    @property
    def status(self):
        if all(c in self.guessed for c in self.word):
            return "won"
        if len(self.misses) >= self.max_misses:
            return "lost"
        return "playing"

    def guess(self, letter):
        letter = letter.lower()
        if len(letter) != 1 or not letter.isalpha():
            return f"invalid guess {letter!r}"
        if letter in self.guessed or letter in self.misses:
            return f"already tried {letter}"
        if letter in self.word:
            self.guessed.add(letter)
            return f"yes! {self.word.count(letter)} x {letter}"
        self.misses.append(letter)
        return f"no {letter} ({self.max_misses - len(self.misses)} left)"

def play(word, guesses):
    game = Hangman(word)
    for g in guesses:
        print(f"{game.masked:<20} guess {g!r}: {game.guess(g)}")
        if game.status != "playing":
            break
    print("result:", game.status, "| word:", game.word, "| misses:", ",".join(game.misses))
    print(STAGES[len(game.misses)])

play("Python", ["e", "o", "P", "o", "1", "ab", "t", "h", "y", "n"])
# expect: _ _ _ _ _ _          guess 'e': no e (5 left)
# expect: _ _ _ _ _ _          guess 'o': yes! 1 x o
# expect: _ _ _ _ o _          guess 'P': yes! 1 x p
# expect: p _ _ _ o _          guess 'o': already tried o
# expect: p _ _ _ o _          guess '1': invalid guess '1'
# expect: p _ _ _ o _          guess 'ab': invalid guess 'ab'
# expect: p _ _ _ o _          guess 't': yes! 1 x t
# expect: p _ t _ o _          guess 'h': yes! 1 x h
# expect: p _ t h o _          guess 'y': yes! 1 x y
# expect: p y t h o _          guess 'n': yes! 1 x n
# expect: result: won | word: python | misses: e
# expect: O
play("edge", ["a", "b", "c", "d", "f", "g", "h", "i"])
# expect: _ _ _ _              guess 'a': no a (5 left)
# expect: _ _ _ _              guess 'b': no b (4 left)
# expect: _ _ _ _              guess 'c': no c (3 left)
# expect: _ _ _ _              guess 'd': yes! 1 x d
# expect: _ d _ _              guess 'f': no f (2 left)
# expect: _ d _ _              guess 'g': yes! 1 x g
# expect: _ d g _              guess 'h': no h (1 left)
# expect: _ d g _              guess 'i': no i (0 left)
# expect: result: lost | word: edge | misses: a,b,c,f,h,i
# expect: O
# expect: /|\
# expect: / \
freq_order = "etaoinshrdlcumwfgypbvkjxqz"
def solver(word):
    g = Hangman(word)
    for ch in freq_order:
        g.guess(ch)
        if g.status != "playing":
            break
    return g.status, len(g.misses)
print({w: solver(w) for w in ["jazz", "rhythm", "banana", "queue", "strengths"]})
# expect: {'jazz': ('lost', 6), 'rhythm': ('lost', 6), 'banana': ('lost', 6), 'queue': ('lost', 6), 'strengths': ('lost', 6)}
