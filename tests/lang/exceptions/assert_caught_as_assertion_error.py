try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("assertion:", e)  # expect: assertion: math is broken
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)  # expect: no message: AssertionError() ()
