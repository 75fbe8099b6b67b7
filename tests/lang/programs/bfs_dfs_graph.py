graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F", "G"],
    "F": ["H"],
    "G": ["H"],
    "H": [],
}

def bfs(start):
    seen = {start}
    queue = [start]
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dfs_iter(start):
    stack, seen = [start], []
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.append(n)
        stack.extend(reversed(graph[n]))
    return seen

def shortest_path(a, b):
    prev = {a: None}
    q = [a]
    while q:
        n = q.pop(0)
        if n == b:
            break
        for m in graph[n]:
            if m not in prev:
                prev[m] = n
                q.append(m)
    if b not in prev:
        return None
    path = []
    while b is not None:
        path.append(b)
        b = prev[b]
    return path[::-1]

def all_paths(a, b, path=()):
    path = path + (a,)
    if a == b:
        return [path]
    res = []
    for n in graph[a]:
        res.extend(all_paths(n, b, path))
    return res

print("BFS:", " -> ".join(bfs("A")))  # expect: BFS: A -> B -> C -> D -> E -> F -> G -> H
print("DFS:", " -> ".join(dfs("A")))  # expect: DFS: A -> B -> D -> E -> F -> H -> G -> C
print("DFS iter:", dfs_iter("A"))     # expect: DFS iter: ['A', 'B', 'D', 'E', 'F', 'H', 'G', 'C']
print("path A-H:", shortest_path("A", "H"))  # expect: path A-H: ['A', 'C', 'F', 'H']
print("path D-A:", shortest_path("D", "A"))  # expect: path D-A: None
for p in all_paths("A", "H"):
    print("  ", "".join(p), len(p))
# expect:    ABEFH 5
# expect:    ABEGH 5
# expect:    ACFH 4
indeg = {n: 0 for n in graph}
for n, outs in graph.items():
    for m in outs:
        indeg[m] += 1
print(indeg)  # expect: {'A': 0, 'B': 1, 'C': 1, 'D': 1, 'E': 1, 'F': 2, 'G': 1, 'H': 2}
topo = []
ready = [n for n, d in indeg.items() if d == 0]
while ready:
    n = ready.pop(0)
    topo.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print("topo:", topo)  # expect: topo: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']
