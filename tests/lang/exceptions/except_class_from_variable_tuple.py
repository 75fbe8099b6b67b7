handled = (ValueError, KeyError)
for exc in [ValueError("a"), KeyError("b")]:
    try:
        raise exc
    except handled as e:
        print(type(e).__name__)
# expect: ValueError
# expect: KeyError
