print(len(range(10)))             # expect: 10
print(len(range(1, 10, 2)))       # expect: 5
print(len(range(10, 0, -3)))      # expect: 4
print(len(range(0, 10 ** 6, 7)))  # expect: 142858
