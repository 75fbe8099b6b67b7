items = [1, 2]
print(items.pop(1))  # expect: 2
items.pop(5)         # expect runtime error: IndexError: pop index out of range
