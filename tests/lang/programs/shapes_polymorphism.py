class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __str__(self):
        return f"{self.name:<10} area={self.area():>8.3f} perimeter={self.perimeter():>7.3f}"

class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s, "square")

class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

class Blob(Shape):
    pass

shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print(s)
# expect: circle     area=   0.785 perimeter=  3.142
# expect: circle     area=   3.142 perimeter=  6.283
# expect: triangle   area=   6.000 perimeter= 12.000
# expect: square     area=   6.250 perimeter= 10.000
# expect: rectangle  area=  12.000 perimeter= 14.000
print("total area:", round(sum(s.area() for s in shapes), 4))  # expect: total area: 28.177
print("largest:", max(shapes).name, "| smallest:", min(shapes).name)
# expect: largest: rectangle | smallest: circle
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
# expect: ['Rectangle', 'Square']
for bad in (lambda: Triangle(1, 2, 10), lambda: Blob("blob").area()):
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: invalid triangle sides 1, 2, 10
# expect: NotImplementedError: Blob must implement area
print("shapes created:", Shape.count)  # expect: shapes created: 6
