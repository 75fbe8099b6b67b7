INF = float("inf")

def floyd_warshall(n, edges):
    d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    nxt = [[j if i == j else None for j in range(n)] for i in range(n)]
    for u, v, w in edges:
        d[u][v] = w
        nxt[u][v] = v
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if d[i][k] + d[k][j] < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j]
                    nxt[i][j] = nxt[i][k]
    return d, nxt

def path(nxt, u, v):
    if nxt[u][v] is None:
        return []
    p = [u]
    while u != v:
        u = nxt[u][v]
        p.append(u)
    return p

def bellman_ford(n, edges, src):
    dist = [INF] * n
    dist[src] = 0
    for _ in range(n - 1):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    negative = any(dist[u] + w < dist[v] for u, v, w in edges)
    return dist, negative

def tarjan_scc(graph):
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    counter = [0]
    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, []):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            result.append(sorted(comp))
    for v in graph:
        if v not in index:
            strong(v)
    return sorted(result)

def is_bipartite(graph):
    color = {}
    for start in graph:
        if start in color:
            continue
        color[start] = 0
        queue = [start]
        while queue:
            u = queue.pop(0)
            for v in graph[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    queue.append(v)
                elif color[v] == color[u]:
                    return False, None
    return True, sorted(k for k, c in color.items() if c == 0)

edges = [(0, 1, 3), (0, 2, 8), (0, 4, -4), (1, 3, 1), (1, 4, 7), (2, 1, 4), (3, 0, 2), (3, 2, -5), (4, 3, 6)]
d, nxt = floyd_warshall(5, edges)
for row in d:
    print(" ".join(f"{x:>4}" for x in row))
# expect:    0    1   -3    2   -4
# expect:    3    0   -4    1   -1
# expect:    7    4    0    5    3
# expect:    2   -1   -5    0   -2
# expect:    8    5    1    6    0
print(path(nxt, 0, 2), path(nxt, 2, 4), path(nxt, 4, 1))
# expect: [0, 4, 3, 2] [2, 1, 3, 0, 4] [4, 3, 2, 1]
print(bellman_ford(5, edges, 0))                                # expect: ([0, 1, -3, 2, -4], False)
print(bellman_ford(3, [(0, 1, 1), (1, 2, -1), (2, 1, -1)], 0))  # expect: ([0, -3, -2], True)
print(bellman_ford(4, [(0, 1, 2)], 0)[0])                       # expect: [0, 2, inf, inf]
g = {"a": ["b"], "b": ["c", "e", "f"], "c": ["d", "g"], "d": ["c", "h"], "e": ["a", "f"], "f": ["g"], "g": ["f"], "h": ["d", "g"]}
print(tarjan_scc(g))  # expect: [['a', 'b', 'e'], ['c', 'd', 'h'], ['f', 'g']]
square = {1: [2, 4], 2: [1, 3], 3: [2, 4], 4: [3, 1]}
tri = {1: [2, 3], 2: [1, 3], 3: [1, 2]}
print(is_bipartite(square), is_bipartite(tri))  # expect: (True, [1, 3]) (False, None)
