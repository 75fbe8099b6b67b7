def msg():
    print("building message")
    return "failed"

assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)
# expect: building message
# expect: failed
