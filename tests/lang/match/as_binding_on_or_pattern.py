for cmd in ["north", "south", "up"]:
    match cmd:
        case ("north" | "south") as direction:
            print("go", direction)
        case other:
            print("unknown", other)
# expect: go north
# expect: go south
# expect: unknown up
