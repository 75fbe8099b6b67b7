class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def is_square(self):
        return self.w == self.h and self.area > 0

print(Rect(2, 2).is_square, Rect(2, 3).is_square)  # expect: True False
