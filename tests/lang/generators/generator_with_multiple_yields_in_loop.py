def pairs(items):
    for item in items:
        yield item
        yield item.upper()

print(list(pairs(["a", "b"])))  # expect: ['a', 'A', 'b', 'B']
