d = {x % 3: x for x in range(10)}
print(d)        # expect: {0: 9, 1: 7, 2: 8}
print(list(d))  # expect: [0, 1, 2]
