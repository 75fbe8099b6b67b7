items = [1, 2, 3]
items.remove(2)
print(items)     # expect: [1, 3]
items.remove(7)  # expect runtime error: ValueError: list.remove(x): x not in list
