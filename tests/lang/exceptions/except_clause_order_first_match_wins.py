try:
    raise KeyError("k")
except LookupError:
    print("LookupError first")  # expect: LookupError first
except KeyError:
    print("KeyError never reached")
