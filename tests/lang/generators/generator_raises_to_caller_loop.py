def risky():
    yield 1
    raise ValueError("broken generator")

try:
    for x in risky():
        print("got", x)  # expect: got 1
except ValueError as e:
    print("caught", e)  # expect: caught broken generator
