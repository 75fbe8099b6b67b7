def source():
    print("source evaluated")
    return [1, 2]

g = (x for x in source())   # expect: source evaluated
print("generator created")  # expect: generator created
print(list(g))              # expect: [1, 2]
