a, b = {"x": 1, "y": 2}
print(a, b)  # expect: x y
k1, k2 = {"x": 1, "y": 2}.items()
print(k1, k2)  # expect: ('x', 1) ('y', 2)
c, d = "hi"
print(d, c)  # expect: i h
