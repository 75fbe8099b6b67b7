a, b, c = [1, 2, 3]
print(a, b, c)  # expect: 1 2 3
[x, y] = "hi"
print(x, y)  # expect: h i
first, *rest = [10, 20, 30]
print(first, rest)  # expect: 10 [20, 30]
