try:
    raise KeyError("k")
except KeyError:
    print("KeyError first")  # expect: KeyError first
except LookupError:
    print("not reached")
