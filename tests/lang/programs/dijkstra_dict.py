def dijkstra(graph, source):
    dist = {node: float("inf") for node in graph}
    prev = {node: None for node in graph}
    dist[source] = 0
    unvisited = set(graph)
    while unvisited:
        u = min(unvisited, key=lambda n: (dist[n], n))
        if dist[u] == float("inf"):
            break
        unvisited.remove(u)
        for v, w in graph[u].items():
            alt = dist[u] + w
            if alt < dist[v]:
                dist[v] = alt
                prev[v] = u
    return dist, prev

def path_to(prev, target):
    out = []
    while target is not None:
        out.insert(0, target)
        target = prev[target]
    return out

roads = {
    "Amsterdam": {"Berlin": 650, "Paris": 500},
    "Berlin": {"Amsterdam": 650, "Prague": 350, "Warsaw": 570},
    "Paris": {"Amsterdam": 500, "Lyon": 460},
    "Prague": {"Berlin": 350, "Vienna": 330},
    "Vienna": {"Prague": 330, "Lyon": 1100},
    "Warsaw": {"Berlin": 570},
    "Lyon": {"Paris": 460, "Vienna": 1100},
    "Oslo": {},
}
dist, prev = dijkstra(roads, "Amsterdam")
for city in sorted(dist, key=lambda c: dist[c]):
    d = dist[city]
    if d == float("inf"):
        print(f"{city:<10} unreachable ({d})")
    else:
        print(f"{city:<10} {d:>6,} km via {' > '.join(path_to(prev, city))}")
# expect: Amsterdam       0 km via Amsterdam
# expect: Paris         500 km via Amsterdam > Paris
# expect: Berlin        650 km via Amsterdam > Berlin
# expect: Lyon          960 km via Amsterdam > Paris > Lyon
# expect: Prague      1,000 km via Amsterdam > Berlin > Prague
# expect: Warsaw      1,220 km via Amsterdam > Berlin > Warsaw
# expect: Vienna      1,330 km via Amsterdam > Berlin > Prague > Vienna
# expect: Oslo       unreachable (inf)
total = sum(d for d in dist.values() if d != float("inf"))
print("total", total, "avg", round(total / 6, 2))  # expect: total 5660 avg 943.33
print(float("inf") > 10**100, -float("inf"), float("inf") - float("inf"))  # expect: True -inf nan
