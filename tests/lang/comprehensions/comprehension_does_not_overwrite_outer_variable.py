i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)                        # expect: [0, 1, 4, 9] outer
print(sorted({i for i in range(2)}), i)  # expect: [0, 1] outer
