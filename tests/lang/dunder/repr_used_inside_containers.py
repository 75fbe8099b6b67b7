class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tag(" + repr(self.name) + ")"

    def __str__(self):
        return "#" + self.name

t = Tag("x")
print(t)
print([t, Tag("y")])
print((t,), {"k": t})
# expect: #x
# expect: [Tag('x'), Tag('y')]
# expect: (Tag('x'),) {'k': Tag('x')}
