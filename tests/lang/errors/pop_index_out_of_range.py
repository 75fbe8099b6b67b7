items = [1, 2]
print(items.pop(1))
items.pop(5)
# expect: 2
# expect runtime error: IndexError: pop index out of range
