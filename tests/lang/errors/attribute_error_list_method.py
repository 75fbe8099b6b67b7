def add(items, x):
    items.push(x)

items = [1]
print(items)
add(items, 2)
# expect: [1]
# expect runtime error: AttributeError: 'list' object has no attribute 'push'
