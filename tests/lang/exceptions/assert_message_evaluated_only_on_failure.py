def msg():
    print("building message")
    return "failed"

assert True, msg()
try:
    assert False, msg()  # expect: building message
except AssertionError as e:
    print(e)  # expect: failed
