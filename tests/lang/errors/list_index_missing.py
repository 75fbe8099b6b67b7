items = ["a", "b"]
print(items.index("b"))  # expect: 1
items.index("z")         # expect runtime error: ValueError: 'z' is not in list
