def add(items, x):
    items.push(x)

items = [1]
print(items)   # expect: [1]
add(items, 2)  # expect runtime error: AttributeError: 'list' object has no attribute 'push'
