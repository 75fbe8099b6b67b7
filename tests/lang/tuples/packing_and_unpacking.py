point = 3, 4
x, y = point
print(x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
def pair():
    return "left", "right"
l, r = pair()
print(l, r)
# expect: 3 4
# expect: 1 2 3
# expect: left right
