a, b, c = [1, 2, 3]
print(a, b, c)
[x, y] = "hi"
print(x, y)
first, *rest = [10, 20, 30]
print(first, rest)
# expect: 1 2 3
# expect: h i
# expect: 10 [20, 30]
