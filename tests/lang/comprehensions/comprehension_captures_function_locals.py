def scale(items, factor):
    offset = 1
    return [x * factor + offset for x in items]

print(scale([1, 2, 3], 10))  # expect: [11, 21, 31]
