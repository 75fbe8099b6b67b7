items = [1, 2, 3]
items.remove(2)
print(items)
items.remove(7)
# expect: [1, 3]
# expect runtime error: ValueError: list.remove(x): x not in list
