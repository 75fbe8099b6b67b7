class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

def warm(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"

print(warm("red"), warm("blue"), warm("pink"))  # expect: warm cool unknown
