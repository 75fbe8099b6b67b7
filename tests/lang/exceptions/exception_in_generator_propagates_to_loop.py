def gen():
    yield 1
    yield 2
    raise ValueError("gen failed")

try:
    for x in gen():
        print(x)
    # expect: 1
    # expect: 2
except ValueError as e:
    print(e)  # expect: gen failed
