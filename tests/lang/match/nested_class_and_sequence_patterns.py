class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end

match Line((0, 0), (5, 0)):
    case Line((x1, y1), (x2, y2)) if y1 == y2:
        print("horizontal of length", x2 - x1)  # expect: horizontal of length 5
    case Line(_, _):
        print("other line")
