t = (1, 2, 3, 2, 1)
print(t.count(1), t.index(2), t.index(2, 2))  # expect: 2 1 3
print(t + (4,), t[1:3] * 2)                   # expect: (1, 2, 3, 2, 1, 4) (2, 3, 2, 3)
print(tuple(reversed(t)) == t)                # expect: True
