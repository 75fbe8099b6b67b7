a, b = 1, 2
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q) = [3, 4]
print(p + q)
k, v = ("key", "value")
print(k, v)
# expect: 1 2
# expect: x y z
# expect: 7
# expect: key value
