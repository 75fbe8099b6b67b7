def classify(f):
    try:
        f()
        return "ok"
    except (KeyError, IndexError):
        return "lookup"
    except ArithmeticError:
        return "math"
    except Exception:
        return "other"

print(classify(lambda: None))
print(classify(lambda: [][0]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int("x")))
# expect: ok
# expect: lookup
# expect: math
# expect: other
