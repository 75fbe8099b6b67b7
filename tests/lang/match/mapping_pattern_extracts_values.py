config = {"host": "localhost", "port": 8080, "debug": True}
match config:
    case {"host": h, "port": p}:
        print(h, p)  # expect: localhost 8080
