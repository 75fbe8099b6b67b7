# collections.deque as a FIFO queue: popleft and appendleft are O(1) amortized, so a
# breadth-first search over 200,000 nodes runs in time (a list's pop(0) would not).
from collections import deque

n = 200000
dist = [-1] * n
dist[0] = 0
queue = deque([0])
while queue:
    v = queue.popleft()
    for w in (2 * v + 1, 2 * v + 2):
        if w < n and dist[w] < 0:
            dist[w] = dist[v] + 1
            queue.append(w)
print(max(dist), dist.count(17), len(queue))  # expect: 17 68929 0

stack = deque()
for i in range(100000):
    stack.appendleft(i)
total = 0
while stack:
    total += stack.pop()
print(total)  # expect: 4999950000

both = deque()
for i in range(50000):
    both.append(i)
    both.appendleft(-i)
    if i % 3 == 0:
        both.popleft()
        both.pop()
print(len(both), both[0], both[-1], both[len(both) // 2])  # expect: 66666 -49999 49999 1
