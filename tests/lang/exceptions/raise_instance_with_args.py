try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e)
    print(e.args)
    print(e.args[1])
# expect: ('bad value', 42)
# expect: ('bad value', 42)
# expect: 42
