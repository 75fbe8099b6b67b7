# A module of the tests that import it.
PI = 3.14159


def area(radius):
    return PI * radius ** 2


def describe(shape):
    return shape["name"] + " of area " + area(shape["radius"])
