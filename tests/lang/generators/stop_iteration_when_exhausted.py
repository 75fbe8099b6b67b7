def one():
    yield 1

g = one()
print(next(g))  # expect: 1
try:
    next(g)
except StopIteration:
    print("StopIteration")  # expect: StopIteration
