def one():
    yield 1

g = one()
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
# expect: 1
# expect: StopIteration
