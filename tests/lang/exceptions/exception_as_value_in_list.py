errors = [ValueError("v"), TypeError("t"), KeyError("k")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as e:
        print("VT", e)
    except Exception as e:
        print("other", e)
# expect: VT v
# expect: VT t
# expect: other 'k'
