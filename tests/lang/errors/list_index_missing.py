items = ["a", "b"]
print(items.index("b"))
items.index("z")
# expect: 1
# expect runtime error: ValueError: 'z' is not in list
