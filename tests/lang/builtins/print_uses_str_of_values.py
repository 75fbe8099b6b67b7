print(1, 2.5, "s", None, True, [1, "s"], (2,), {"k": 1})
# expect: 1 2.5 s None True [1, 's'] (2,) {'k': 1}
print("line1\nline2")
# expect: line1
# expect: line2
