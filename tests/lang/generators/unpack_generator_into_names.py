def three():
    yield "x"
    yield "y"
    yield "z"

a, b, c = three()
print(a, b, c)  # expect: x y z
first, *rest = three()
print(first, rest)  # expect: x ['y', 'z']
