a, b = 1, 2
print(a, b)  # expect: 1 2
x, y, z = "xyz"
print(x, y, z)  # expect: x y z
(p, q) = [3, 4]
print(p + q)  # expect: 7
k, v = ("key", "value")
print(k, v)  # expect: key value
