err = KeyError("k")
err.note = "extra"
try:
    raise err
except KeyError as e:
    print(e.note)  # expect: extra
