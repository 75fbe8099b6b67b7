print(type([x for x in ""]).__name__, type({x for x in ""}).__name__)     # expect: list set
print(type({x: x for x in ""}).__name__, type((x for x in "")).__name__)  # expect: dict generator
print([x for x in []], {x for x in []}, {x: 1 for x in []})               # expect: [] set() {}
