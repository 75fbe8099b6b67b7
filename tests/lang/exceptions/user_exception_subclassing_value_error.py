class BadInput(ValueError):
    pass

try:
    raise BadInput("nope")
except ValueError as e:
    print("ValueError handler got", type(e).__name__, e)
    # expect: ValueError handler got BadInput nope
