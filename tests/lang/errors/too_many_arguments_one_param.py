def square(x):
    return x * x

print(square(4))  # expect: 16
square(1, 2)
# expect runtime error: TypeError: square() takes 1 positional argument but 2 were given
