try:
    raise KeyError("k")
except LookupError:
    print("LookupError first")
except KeyError:
    print("KeyError never reached")
# expect: LookupError first
