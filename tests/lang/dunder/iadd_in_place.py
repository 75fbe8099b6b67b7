class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

b = Bag()
alias = b
b += "x"
b += "y"
print(b.items, b is alias)  # expect: ['x', 'y'] True
