def scale_all(items, factor):
    return [item * factor for item in items]

offset = 100
print(scale_all([1, 2], 3))            # expect: [3, 6]
print([n + offset for n in range(3)])  # expect: [100, 101, 102]
