t = (1, 2, 1, 3, 1)
print(t.count(1), t.count(5))     # expect: 3 0
print(t.index(3), t.index(1, 1))  # expect: 3 2
print(len(t))                     # expect: 5
