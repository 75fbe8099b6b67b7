def two():
    yield 1
    yield 2

a, b = two()
print(a, b)      # expect: 1 2
a, b, c = two()  # expect runtime error: ValueError: not enough values to unpack (expected 3, got 2)
