try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e)          # expect: ('bad value', 42)
    print(e.args)     # expect: ('bad value', 42)
    print(e.args[1])  # expect: 42
