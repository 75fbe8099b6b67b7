points = [(0, 0), (1, 0), (0, 2), (3, 4)]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (x, 0):
            print("x-axis", x)
        case (0, y):
            print("y-axis", y)
        case (x, y):
            print("point", x, y)
# expect: origin
# expect: x-axis 1
# expect: y-axis 2
# expect: point 3 4
