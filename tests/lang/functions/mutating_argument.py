def add_one(items):
    items.append(1)

data = []
add_one(data)
add_one(data)
print(data)  # expect: [1, 1]
