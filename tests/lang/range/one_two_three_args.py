print(list(range(5)))         # expect: [0, 1, 2, 3, 4]
print(list(range(2, 6)))      # expect: [2, 3, 4, 5]
print(list(range(0, 10, 3)))  # expect: [0, 3, 6, 9]
print(list(range(1, 2)))      # expect: [1]
