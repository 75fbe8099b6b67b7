a = [1, 2]
b = [3]
c = a + b
print(c, a, b)                 # expect: [1, 2, 3] [1, 2] [3]
print([] + [], [[1]] + [[2]])  # expect: [] [[1], [2]]
