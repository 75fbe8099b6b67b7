class Word:
    def __init__(self, w):
        self.w = w

    def __str__(self):
        return self.w.upper()

words = [Word("a"), Word("b")]
print("-".join(str(w) for w in words))  # expect: A-B
print("-".join(map(str, words)))        # expect: A-B
