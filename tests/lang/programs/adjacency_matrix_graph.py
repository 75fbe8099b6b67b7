class Graph:
    def __init__(self, names, directed=False):
        self.names = list(names)
        self.index = {n: i for i, n in enumerate(self.names)}
        self.m = [[0] * len(self.names) for _ in self.names]
        self.directed = directed

    def connect(self, a, b, w=1):
        i, j = self.index[a], self.index[b]
        self.m[i][j] = w
        if not self.directed:
            self.m[j][i] = w

    def neighbours(self, a):
        i = self.index[a]
        return [self.names[j] for j, w in enumerate(self.m[i]) if w]

    def degree(self, a):
        return len(self.neighbours(a))

    def has_cycle(self):
        color = {n: 0 for n in self.names}
        def visit(n, parent):
            color[n] = 1
            for nb in self.neighbours(n):
                if not self.directed and nb == parent:
                    continue
                if color[nb] == 1 or (color[nb] == 0 and visit(nb, n)):
                    return True
            color[n] = 2
            return False
        return any(color[n] == 0 and visit(n, None) for n in self.names)

    def components(self):
        seen, comps = set(), []
        for n in self.names:
            if n not in seen:
                stack, comp = [n], []
                seen.add(n)
                while stack:
                    x = stack.pop()
                    comp.append(x)
                    for nb in self.neighbours(x):
                        if nb not in seen:
                            seen.add(nb)
                            stack.append(nb)
                comps.append(sorted(comp))
        return comps

    def __str__(self):
        head = "   " + " ".join(f"{n:>2}" for n in self.names)
        rows = [f"{n:>2} " + " ".join(f"{w:>2}" for w in row) for n, row in zip(self.names, self.m)]
        return "\n".join([head] + rows)

g = Graph("ABCDEF")
for a, b in ["AB", "BC", "CA", "DE"]:
    g.connect(a, b)
print(g)
# expect:     A  B  C  D  E  F
# expect:  A  0  1  1  0  0  0
# expect:  B  1  0  1  0  0  0
# expect:  C  1  1  0  0  0  0
# expect:  D  0  0  0  0  1  0
# expect:  E  0  0  0  1  0  0
# expect:  F  0  0  0  0  0  0
print({n: g.degree(n) for n in g.names}, g.has_cycle(), g.components())
# expect: {'A': 2, 'B': 2, 'C': 2, 'D': 1, 'E': 1, 'F': 0} True [['A', 'B', 'C'], ['D', 'E'], ['F']]
t = Graph("ABCD")
for a, b in ["AB", "BC", "CD"]:
    t.connect(a, b)
print(t.has_cycle(), t.components())  # expect: False [['A', 'B', 'C', 'D']]
d = Graph("XYZ", directed=True)
d.connect("X", "Y"); d.connect("Y", "Z")
print(d.has_cycle(), d.neighbours("X"), d.neighbours("Z"))  # expect: False ['Y'] []
d.connect("Z", "X")
print(d.has_cycle())  # expect: True
print(d)
# expect:     X  Y  Z
# expect:  X  0  1  0
# expect:  Y  0  0  1
# expect:  Z  1  0  0
