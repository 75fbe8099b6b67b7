class Bag:
    def __init__(self, *items, label="bag"):
        self.items = items
        self.label = label

b = Bag(1, 2, 3, label="nums")
print(b.items, b.label)          # expect: (1, 2, 3) nums
print(Bag().items, Bag().label)  # expect: () bag
