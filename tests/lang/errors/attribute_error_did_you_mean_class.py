class Counter:
    count = 0


print(Counter.cout)  # expect runtime error: AttributeError: type object 'Counter' has no attribute 'cout'. Did you mean: 'count'?
