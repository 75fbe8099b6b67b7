class Card:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return self.rank < other.rank

cards = [Card(3), Card(1), Card(2)]
cards.sort()
print([c.rank for c in cards])  # expect: [1, 2, 3]
