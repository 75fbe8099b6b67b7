class Team:
    def __init__(self, *names):
        self.names = names

    def __iter__(self):
        return iter(self.names)

t = Team("a", "b")
print(list(t), list(t))        # expect: ['a', 'b'] ['a', 'b']
print([n.upper() for n in t])  # expect: ['A', 'B']
