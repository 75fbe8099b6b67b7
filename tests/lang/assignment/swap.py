a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
# expect: 2 1
# expect: z x y
# expect: [30, 20, 10]
