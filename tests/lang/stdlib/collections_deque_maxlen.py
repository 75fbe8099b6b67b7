# collections.deque(maxlen=N): a bounded deque drops items from the opposite end, so it
# keeps the last N items appended (or the first N appended on the left).
from collections import deque

m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)  # expect: deque([7, 8, 9], maxlen=3) 3 None
m.append(10)
print(m)  # expect: deque([8, 9, 10], maxlen=3)
m.appendleft(-1)
print(m)  # expect: deque([-1, 8, 9], maxlen=3)
m.extend(range(5))
print(m)  # expect: deque([2, 3, 4], maxlen=3)
m.extendleft("ab")
print(m)  # expect: deque(['b', 'a', 2], maxlen=3)
print(m.copy(), m + deque([1]), (m * 2).maxlen)
# expect: deque(['b', 'a', 2], maxlen=3) deque(['a', 2, 1], maxlen=3) 3

window = deque(maxlen=3)
sums = []
for v in [5, 1, 4, 2, 8, 3]:
    window.append(v)
    sums.append(sum(window))
print(sums, window)  # expect: [5, 6, 10, 7, 14, 13] deque([2, 8, 3], maxlen=3)

zero = deque([1, 2], maxlen=0)
zero.append(3)
zero.appendleft(4)
print(zero, len(zero))  # expect: deque([], maxlen=0) 0
full = deque([1, 2], maxlen=2)
full.rotate(1)
print(full)  # expect: deque([2, 1], maxlen=2)
