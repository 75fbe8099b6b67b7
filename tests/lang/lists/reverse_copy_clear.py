a = [1, 2, 3]
a.reverse()
print(a)  # expect: [3, 2, 1]
b = a.copy()
b.append(0)
print(a, b)  # expect: [3, 2, 1] [3, 2, 1, 0]
a.clear()
print(a, len(a), b)  # expect: [] 0 [3, 2, 1, 0]
