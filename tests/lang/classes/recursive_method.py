class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(t.total())  # expect: 10
