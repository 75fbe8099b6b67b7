class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())

def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    mst = []
    for w, a, b in sorted(edges):
        if ds.union(a, b):
            mst.append((a, b, w))
    return mst, sum(w for _, _, w in mst)

def prim(nodes, edges, start):
    adj = {n: [] for n in nodes}
    for w, a, b in edges:
        adj[a].append((w, b))
        adj[b].append((w, a))
    visited = {start}
    total, order = 0, [start]
    while len(visited) < len(nodes):
        w, n = min((w, n) for v in visited for w, n in adj[v] if n not in visited)
        visited.add(n)
        order.append(n)
        total += w
    return order, total

nodes = list("ABCDEFG")
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
mst, cost = kruskal(nodes, edges)
for a, b, w in mst:
    print(f"{a}-{b}: {w}")
# expect: A-D: 5
# expect: C-E: 5
# expect: D-F: 6
# expect: A-B: 7
# expect: B-E: 7
# expect: E-G: 9
print("kruskal cost", cost)             # expect: kruskal cost 39
print("prim", prim(nodes, edges, "A"))  # expect: prim (['A', 'D', 'F', 'B', 'E', 'C', 'G'], 39)
ds = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 0)]:
    print((a, b), ds.union(a, b), ds.sets)
# expect: (0, 1) True 9
# expect: (2, 3) True 8
# expect: (1, 3) True 7
# expect: (5, 6) True 6
# expect: (7, 7) False 6
# expect: (8, 9) True 5
# expect: (9, 0) True 4
print(ds.groups())  # expect: [[0, 1, 2, 3, 8, 9], [4], [5, 6], [7]]
print(ds.find(3) == ds.find(8), ds.find(4) == ds.find(5))  # expect: True False
