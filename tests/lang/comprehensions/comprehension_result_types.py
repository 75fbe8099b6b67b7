print(type([x for x in ""]).__name__, type({x for x in ""}).__name__)
print(type({x: x for x in ""}).__name__, type((x for x in "")).__name__)
print([x for x in []], {x for x in []}, {x: 1 for x in []})
# expect: list set
# expect: dict generator
# expect: [] set() {}
