# abc: a class with abstract methods cannot be instantiated until a subclass overrides
# them all; register() makes virtual subclasses; __subclasshook__ answers issubclass.
from abc import ABC, abstractmethod, get_cache_token, update_abstractmethods


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class RealSquare(Square):
    def perimeter(self):
        return 4 * self.side


print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), RealSquare.__abstractmethods__)
# expect: ['area', 'perimeter'] ['perimeter'] frozenset()
for cls in (Shape, Square):
    try:
        cls(2)
    except TypeError as e:
        print(e)
# expect: Shape() takes no arguments
# expect: Can't instantiate abstract class Square with abstract method perimeter
sq = RealSquare(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(RealSquare, ABC))
# expect: RealSquare with area 9 12 True True


class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


print(sorted(Base.__abstractmethods__))  # expect: ['helper', 'make', 'name']


class Named(Base):
    name = "named"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


print(Named.make().name, Named.helper())  # expect: named 1
try:
    Base()
except TypeError as e:
    print(e)
    # expect: Can't instantiate abstract class Base with abstract methods helper, make, name


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in vars(B) for B in C.__mro__ if B is not object)
        return NotImplemented


class Circle:
    def draw(self):
        return "()"


class Blob:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), isinstance(Blob(), Drawable))
# expect: True True False
token = get_cache_token()
print(Drawable.register(Blob) is Blob, isinstance(Blob(), Drawable), get_cache_token() != token)
# expect: True False True


@Shape.register
class Triangle:
    pass


print(issubclass(Triangle, Shape), isinstance(Triangle(), Shape), issubclass(Blob, Shape), Shape.register(RealSquare) is RealSquare)
# expect: True True False True
try:
    Shape.register(3)
except TypeError as e:
    print(e)  # expect: Can only register classes
try:
    RealSquare.register(Shape)
except RuntimeError as e:
    print(e)  # expect: Refusing to create an inheritance cycle


class Later(ABC):
    @abstractmethod
    def run(self):
        pass


Later.run = lambda self: "ran"
print(sorted(Later.__abstractmethods__), sorted(update_abstractmethods(Later).__abstractmethods__), Later().run())
# expect: ['run'] [] ran
