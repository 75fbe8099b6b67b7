a = [1, 2, 3]
a.reverse()
print(a)
b = a.copy()
b.append(0)
print(a, b)
a.clear()
print(a, len(a), b)
# expect: [3, 2, 1]
# expect: [3, 2, 1] [3, 2, 1, 0]
# expect: [] 0 [3, 2, 1, 0]
