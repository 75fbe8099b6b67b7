a, b = {"x": 1, "y": 2}
print(a, b)
k1, k2 = {"x": 1, "y": 2}.items()
print(k1, k2)
c, d = "hi"
print(d, c)
# expect: x y
# expect: ('x', 1) ('y', 2)
# expect: i h
