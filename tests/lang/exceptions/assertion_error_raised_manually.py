try:
    raise AssertionError("manual")
except AssertionError as e:
    print(e)  # expect: manual
