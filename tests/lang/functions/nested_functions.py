def outer(x):
    def inner(y):
        return x + y
    def twice(y):
        return inner(inner(y))
    return twice(1)

print(outer(10))  # expect: 21
