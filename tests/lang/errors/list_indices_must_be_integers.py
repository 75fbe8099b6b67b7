items = [1, 2, 3]
print(items[1])  # expect: 2
print(items["1"])
# expect runtime error: TypeError: list indices must be integers or slices, not str
