class Shape:
    def name(self):
        return "shape"

    def describe(self):
        return "I am a " + self.name()

class Square(Shape):
    def name(self):
        return "square"

print(Shape().describe())   # expect: I am a shape
print(Square().describe())  # expect: I am a square
