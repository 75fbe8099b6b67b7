def gen():
    yield "x"
    yield "y"

items = [1]
items.extend(gen())
items += gen()
print(items)  # expect: [1, 'x', 'y', 'x', 'y']
