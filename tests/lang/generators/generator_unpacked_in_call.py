def gen():
    yield 1
    yield 2
    yield 3

def add3(a, b, c):
    return a + b + c

print(add3(*gen()))     # expect: 6
print(*gen(), sep="-")  # expect: 1-2-3
