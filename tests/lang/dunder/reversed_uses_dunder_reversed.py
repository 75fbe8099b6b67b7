class Path:
    def __init__(self, *steps):
        self.steps = steps

    def __reversed__(self):
        return iter(self.steps[::-1])

    def __iter__(self):
        return iter(self.steps)

print(list(reversed(Path("a", "b", "c"))))  # expect: ['c', 'b', 'a']
