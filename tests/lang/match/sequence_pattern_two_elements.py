def point(p):
    match p:
        case [x, y]:
            return f"x={x} y={y}"
        case _:
            return "not a pair"

print(point([1, 2]))     # expect: x=1 y=2
print(point((3, 4)))     # expect: x=3 y=4
print(point([1, 2, 3]))  # expect: not a pair
