def attempts():
    yield lambda: int("x")
    yield lambda: [][1]
    yield lambda: {}["k"]
    yield lambda: 1 / 0
    yield lambda: None + 1
    yield lambda: undefined_name

for f in attempts():
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
# expect: ValueError
# expect: IndexError
# expect: KeyError
# expect: ZeroDivisionError
# expect: TypeError
# expect: NameError
