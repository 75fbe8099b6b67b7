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

print(classify(lambda: None))      # expect: ok
print(classify(lambda: [][0]))     # expect: lookup
print(classify(lambda: 1 / 0))     # expect: math
print(classify(lambda: int("x")))  # expect: other
