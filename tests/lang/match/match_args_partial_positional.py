class Rect:
    __match_args__ = ("w", "h")

    def __init__(self, w, h, color):
        self.w = w
        self.h = h
        self.color = color

match Rect(2, 3, "red"):
    case Rect(w, color="red"):
        print("red rect of width", w)  # expect: red rect of width 2
