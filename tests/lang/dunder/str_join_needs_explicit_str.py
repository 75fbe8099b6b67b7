class Word:
    def __init__(self, w):
        self.w = w

    def __str__(self):
        return self.w.upper()

words = [Word("a"), Word("b")]
print("-".join(str(w) for w in words))
print("-".join(map(str, words)))
# expect: A-B
# expect: A-B
