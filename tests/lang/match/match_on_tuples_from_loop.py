points = [(0, 0), (1, 0), (0, 2), (3, 4)]
for p in points:
    match p:
        case (0, 0):
            print("origin")  # expect: origin
        case (x, 0):
            print("x-axis", x)  # expect: x-axis 1
        case (0, y):
            print("y-axis", y)  # expect: y-axis 2
        case (x, y):
            print("point", x, y)  # expect: point 3 4
