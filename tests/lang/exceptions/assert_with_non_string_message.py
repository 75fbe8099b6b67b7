try:
    assert [] , ["list", 1]
except AssertionError as e:
    print(e.args)  # expect: (['list', 1],)
