a = [1, 2, 3]
r = reversed(a)
a.reverse()
print(a, list(r))  # expect: [3, 2, 1] [1, 2, 3]
