counter = 1
def bump():
    globals()["counter"] += 1
    return globals() is g
g = globals()
print(bump(), counter, "bump" in g, g["__name__"])  # expect: True 2 True __main__
globals()["made"] = "here"
print(made)  # expect: here
