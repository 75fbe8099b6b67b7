class Colors:
    RED = 1
    GREEN = 2

for name in ["RED", "GREEN", "BLUE"]:
    print(name, getattr(Colors, name, None))
# expect: RED 1
# expect: GREEN 2
# expect: BLUE None
