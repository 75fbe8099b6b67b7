def risky():
    yield "ok"
    raise KeyError("missing")

for x in risky():
    print(x)  # expect: ok
# expect runtime error: KeyError: 'missing'
