a = [1, 2, 1, 2, 1]
a.remove(1)
print(a)  # expect: [2, 1, 2, 1]
a.remove(2)
print(a, a.count(1))  # expect: [1, 2, 1] 2
