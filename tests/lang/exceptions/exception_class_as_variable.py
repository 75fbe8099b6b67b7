kind = KeyError
try:
    raise kind("dynamic")
except kind as e:
    print("caught", e)  # expect: caught 'dynamic'
