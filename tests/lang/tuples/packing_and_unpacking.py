point = 3, 4
x, y = point
print(x, y)  # expect: 3 4
(a, b), c = (1, 2), 3
print(a, b, c)  # expect: 1 2 3
def pair():
    return "left", "right"
l, r = pair()
print(l, r)  # expect: left right
