for value in [[], (), {}, set(), "", range(0), 0, 0.0, None]:
    if value:
        print("truthy", repr(value))
    else:
        print("falsy", repr(value))
# expect: falsy []
# expect: falsy ()
# expect: falsy {}
# expect: falsy set()
# expect: falsy ''
# expect: falsy range(0, 0)
# expect: falsy 0
# expect: falsy 0.0
# expect: falsy None
