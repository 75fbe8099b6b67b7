i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)
print(sorted({i for i in range(2)}), i)
# expect: [0, 1, 4, 9] outer
# expect: [0, 1] outer
