for cmd in [["go", "north"], ["go", "up"], ["look"]]:
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as d]:
            print("walking", d)
        case ["go", other]:
            print("cannot go", other)
        case [verb]:
            print("verb", verb)
# expect: walking north
# expect: cannot go up
# expect: verb look
