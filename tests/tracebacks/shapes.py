# A module of the tests that import it.
PI = 3.14159


def area(radius):
    return PI * radius ** 2


def describe(shape):
    return shape["name"] + " of area " + area(shape["radius"])


class ShapeError(ValueError):
    pass


def check(shape):
    if shape["radius"] < 0:
        raise ShapeError("a radius cannot be negative")
