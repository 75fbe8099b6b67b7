try:
    raise ValueError("outer") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))  # expect: KeyError KeyError()
