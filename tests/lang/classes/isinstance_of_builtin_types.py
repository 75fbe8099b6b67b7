values = [1, "a", 2.0, [1], (1,), {1: 2}, True, None]
for v in values:
    print(type(v).__name__, isinstance(v, int))
# expect: int True
# expect: str False
# expect: float False
# expect: list False
# expect: tuple False
# expect: dict False
# expect: bool True
# expect: NoneType False
