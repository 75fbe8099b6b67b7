# pop() takes the first live slot from a finger that advances past each popped slot; removals
# leave dummy slots that later additions reuse (the last dummy on the probe path).
s = {5, 1, 9, 3}
print(s.pop(), s.pop(), s)  # expect: 1 3 {5, 9}
s.add(17)
print(s)  # expect: {17, 5, 9}
t = {0, 8, 16}
t.remove(0)
t.remove(16)
t.add(24)
print(t)  # expect: {8, 24}
u = set(range(10))
u.clear()
u.update([30, 2, 7])
print(u.pop(), u)  # expect: 2 {30, 7}
