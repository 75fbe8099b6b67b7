# heapq: a min-heap on a plain list. The operations leave the list in CPython's order.
from heapq import heapify, heappop, heappush, heappushpop, heapreplace

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heappush(h, x)
print(h)                                  # expect: [1, 1, 2, 3, 9, 8, 7, 5]
print([heappop(h) for _ in range(3)], h)  # expect: [1, 1, 2] [3, 5, 7, 8, 9]
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)                         # expect: [0, 1, 2, 3, 4, 7, 6, 9, 5, 8]
print(heapreplace(data, 10), data)  # expect: 0 [1, 3, 2, 5, 4, 7, 6, 9, 10, 8]
print(heappushpop(data, -1), heappushpop(data, 4), data)
# expect: -1 1 [2, 3, 4, 5, 4, 7, 6, 9, 10, 8]
for f in [lambda: heappop([]), lambda: heapreplace([], 1)]:
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
# expect: IndexError: index out of range
# expect: IndexError: index out of range

tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (3, "test"))
heappush(tasks, (1, "coffee"))
print([heappop(tasks)[1] for _ in range(len(tasks))])  # expect: ['coffee', 'plan', 'write', 'test']

seed = 5
xs = []
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2147483648
    xs.append(seed % 1000)
h = []
for x in xs:
    heappush(h, x)
print(h[:16])  # expect: [2, 4, 13, 6, 23, 47, 23, 24, 29, 96, 31, 49, 69, 32, 68, 52]
print([heappop(h) for _ in range(len(h))] == sorted(xs))  # expect: True
heapify(xs)
print(xs[:16], heappop(xs), heappop(xs), len(xs))
# expect: [2, 6, 4, 24, 23, 13, 23, 35, 29, 96, 31, 47, 49, 32, 68, 49] 2 4 298


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


jobs = []
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    heappush(jobs, Job(p, n))
print([heappop(jobs).name for _ in range(3)])  # expect: ['a', 'b', 'c']

# Dijkstra's shortest paths with a heap of (distance, node).
graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
         "d": [("e", 6)], "e": [], "f": [("e", 9)]}
dist = {"a": 0}
frontier = [(0, "a")]
while frontier:
    d, node = heappop(frontier)
    if d > dist[node]:
        continue
    for nxt, w in graph[node]:
        if d + w < dist.get(nxt, 10 ** 9):
            dist[nxt] = d + w
            heappush(frontier, (d + w, nxt))
print(sorted(dist.items()))
# expect: [('a', 0), ('b', 7), ('c', 9), ('d', 20), ('e', 20), ('f', 11)]
