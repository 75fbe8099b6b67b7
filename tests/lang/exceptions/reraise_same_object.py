saved = None
try:
    try:
        raise KeyError("x")
    except KeyError as e:
        saved = e
        raise
except KeyError as e2:
    print(e2 is saved)  # expect: True
