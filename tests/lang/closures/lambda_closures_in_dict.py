ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
}
base = 100
ops["base"] = lambda a, b: base + a + b
print(ops["add"](2, 3), ops["sub"](2, 3), ops["base"](1, 2))  # expect: 5 -1 103
base = 0
print(ops["base"](1, 2))  # expect: 3
