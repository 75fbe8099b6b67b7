a = [3, 1, 4, 1, 5, 9, 1]
print(a.count(1), a.count(7))                 # expect: 3 0
print(a.index(1), a.index(1, 2), a.index(9))  # expect: 1 3 5
a.remove(1)
print(a)  # expect: [3, 4, 1, 5, 9, 1]
