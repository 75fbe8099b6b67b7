t = (1, 2, 3, 2, 1)
print(t.count(1), t.index(2), t.index(2, 2))
print(t + (4,), t[1:3] * 2)
print(tuple(reversed(t)) == t)
# expect: 2 1 3
# expect: (1, 2, 3, 2, 1, 4) (2, 3, 2, 3)
# expect: True
