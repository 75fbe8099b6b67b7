square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(6), add(1), add(1, 2))  # expect: 36 11 3
print((lambda: "no args")())         # expect: no args
print((lambda *a: len(a))(1, 2, 3))  # expect: 3
