class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tag(" + repr(self.name) + ")"

    def __str__(self):
        return "#" + self.name

t = Tag("x")
print(t)               # expect: #x
print([t, Tag("y")])   # expect: [Tag('x'), Tag('y')]
print((t,), {"k": t})  # expect: (Tag('x'),) {'k': Tag('x')}
