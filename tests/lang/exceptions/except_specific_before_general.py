try:
    raise KeyError("k")
except KeyError:
    print("KeyError first")
except LookupError:
    print("not reached")
# expect: KeyError first
