def two():
    yield "a"
    yield "b"

g = two()
print(next(g, "none"), next(g, "none"), next(g, "none"), next(g, "none"))  # expect: a b none none
