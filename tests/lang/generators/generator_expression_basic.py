squares = (x * x for x in range(5))
print(type(squares).__name__)
print(list(squares))
print(list(squares))
# expect: generator
# expect: [0, 1, 4, 9, 16]
# expect: []
