class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __repr__(self):
        return f"P({self.x}, {self.y})"

pts = [P(2, 1), P(1, 5), P(2, 1), P(1, 2)]
print(sorted(set(pts)))              # expect: [P(1, 2), P(1, 5), P(2, 1)]
print(pts.count(P(2, 1)), max(pts))  # expect: 2 P(2, 1)
