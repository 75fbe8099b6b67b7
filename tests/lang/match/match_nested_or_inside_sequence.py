for cmd in [["go", "north"], ["go", "up"], ["look"]]:
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as d]:
            print("walking", d)  # expect: walking north
        case ["go", other]:
            print("cannot go", other)  # expect: cannot go up
        case [verb]:
            print("verb", verb)  # expect: verb look
