try:
    raise ValueError("first")
except ValueError as e:
    err = e
try:
    raise err
except ValueError as e:
    print("again:", e, e is err)  # expect: again: first True
