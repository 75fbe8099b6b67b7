squares = (x * x for x in range(5))
print(type(squares).__name__)  # expect: generator
print(list(squares))           # expect: [0, 1, 4, 9, 16]
print(list(squares))           # expect: []
