def first_items(items):
    it = iter(items)
    while True:
        yield next(it)

print(list(first_items([1, 2])))
