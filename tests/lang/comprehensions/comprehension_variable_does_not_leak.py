x = "outer"
squares = [x * x for x in range(3)]
print(squares, x)  # expect: [0, 1, 4] outer
