class Box:
    def __init__(self):
        self.w = 1

match Box():
    case Box(h=h):
        print("has h", h)
    case Box(w=w):
        print("has w", w)  # expect: has w 1
