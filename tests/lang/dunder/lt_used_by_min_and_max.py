class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Score({self.v})"

scores = [Score(5), Score(2), Score(9)]
print(min(scores), max(scores))  # expect: Score(2) Score(9)
