class Circle:
    pass

class Square:
    pass

class Line:
    pass

for shape in [Circle(), Square(), Line()]:
    match shape:
        case Circle() | Square():
            print(type(shape).__name__, "is closed")
        case _:
            print(type(shape).__name__, "is open")
# expect: Circle is closed
# expect: Square is closed
# expect: Line is open
