# collections.deque: appends and pops at both ends, indexing, rotation, and the list-like
# methods, printed as CPython prints them.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])   # expect: deque([0, 1, 2, 3, 4]) 5 0 4
print(d.pop(), d.popleft(), d)  # expect: 4 0 deque([1, 2, 3])
d.extend([7, 8])
d.extendleft([9, 10])
print(d)  # expect: deque([10, 9, 1, 2, 3, 7, 8])
print(list(reversed(d)), 7 in d, 99 in d, bool(d), bool(deque()))
# expect: [8, 7, 3, 2, 1, 9, 10] True False True False
d.rotate(2)
print(d)  # expect: deque([7, 8, 10, 9, 1, 2, 3])
d.rotate(-3)
print(d)  # expect: deque([9, 1, 2, 3, 7, 8, 10])
d.rotate(25)
print(d)  # expect: deque([3, 7, 8, 10, 9, 1, 2])
d.rotate(0)
print(d)  # expect: deque([3, 7, 8, 10, 9, 1, 2])

x = deque([1, 2, 3, 2])
print(x.count(2), x.index(2), x.index(2, 2))  # expect: 2 1 3
x.remove(2)
print(x)  # expect: deque([1, 3, 2])
del x[0]
x[0] = "a"
x.insert(1, "b")
print(x)  # expect: deque(['a', 'b', 2])
x.insert(-1, "c")
x.insert(100, "end")
print(x)  # expect: deque(['a', 'b', 'c', 2, 'end'])
x.reverse()
print(x)  # expect: deque(['end', 2, 'c', 'b', 'a'])
x.clear()
print(x, len(x))  # expect: deque([]) 0

y = deque([1, 2])
y += [3]
print(y, y * 2, 2 * y, y + deque([9]), y == deque([1, 2, 3]), y != deque([1]), deque([1, 2]) < deque([1, 3]))
# expect: deque([1, 2, 3]) deque([1, 2, 3, 1, 2, 3]) deque([1, 2, 3, 1, 2, 3]) deque([1, 2, 3, 9]) True True True
print(deque([1]) == [1], deque() == deque([]), deque("abc"), deque(range(3)), deque((i * i for i in range(4))))
# expect: False True deque(['a', 'b', 'c']) deque([0, 1, 2]) deque([0, 1, 4, 9])
c = y.copy()
c.append(4)
print(y, c, c is y)  # expect: deque([1, 2, 3]) deque([1, 2, 3, 4]) False
y.extend(y)
print(y)  # expect: deque([1, 2, 3, 1, 2, 3])
z = [v * 10 for v in deque([1, 2, 3])]
print(z, sum(deque([1, 2, 3])), max(deque([4, 9, 2])), sorted(deque([3, 1, 2])))
# expect: [10, 20, 30] 6 9 [1, 2, 3]
a, b, c = deque("xyz")
print(a, b, c)  # expect: x y z
r = deque()
r.append(r)
print(r)  # expect: deque([[...]])
print([str(deque([1])), repr(deque([])), f"{deque('ab')}"])
# expect: ['deque([1])', 'deque([])', "deque(['a', 'b'])"]
