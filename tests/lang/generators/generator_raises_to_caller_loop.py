def risky():
    yield 1
    raise ValueError("broken generator")

try:
    for x in risky():
        print("got", x)
except ValueError as e:
    print("caught", e)
# expect: got 1
# expect: caught broken generator
