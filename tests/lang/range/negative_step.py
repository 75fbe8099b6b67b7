print(list(range(5, 0, -1)))    # expect: [5, 4, 3, 2, 1]
print(list(range(10, -1, -5)))  # expect: [10, 5, 0]
print(list(range(-1, -5, -2)))  # expect: [-1, -3]
