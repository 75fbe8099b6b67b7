def gen():
    yield 1
    yield 2
    raise ValueError("gen failed")

try:
    for x in gen():
        print(x)
except ValueError as e:
    print(e)
# expect: 1
# expect: 2
# expect: gen failed
