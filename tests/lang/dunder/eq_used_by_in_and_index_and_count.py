class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

items = [Key(1), Key(2), Key(1)]
print(Key(2) in items, Key(5) in items)          # expect: True False
print(items.index(Key(2)), items.count(Key(1)))  # expect: 1 2
items.remove(Key(1))
print(len(items), items[0].k)  # expect: 2 2
