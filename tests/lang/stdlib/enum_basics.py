# enum: members with names and values, lookup by value and by name, iteration, aliases,
# auto(), methods, _missing_, unique, and the functional API.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color.RED), Color.RED, f"{Color.GREEN}|{Color.GREEN:>12}|", Color.RED.name, Color.RED.value)
# expect: <Color.RED: 1> Color.RED Color.GREEN| Color.GREEN| RED 1
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.RED.describe(), Color.default())
# expect: Color.GREEN Color.BLUE True red (1) Color.GREEN
print(list(Color), len(Color), Color.RED in Color, [c.name for c in reversed(Color)], Color._member_names_)
# expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 True ['BLUE', 'GREEN', 'RED'] ['RED', 'GREEN', 'BLUE']
print(Color.__members__, list(Color.__members__))
# expect: {'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'BLUE': <Color.BLUE: 3>, 'CRIMSON': <Color.RED: 1>} ['RED', 'GREEN', 'BLUE', 'CRIMSON']
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == Color.RED, Color.RED != Color.BLUE,
      Color.RED is Color(1), hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON])
# expect: True Color True True True True r
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: 7 is not a valid Color
# expect: KeyError: 'PINK'
# expect: TypeError: '<' not supported between instances of 'Color' and 'Color'

match Color(3):
    case Color.RED:
        print("red")
    case Color.BLUE:
        print("matched blue")  # expect: matched blue


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal), [o.value for o in Ordinal])
# expect: [<Ordinal.FIRST: 1>, <Ordinal.SECOND: 2>, <Ordinal.TENTH: 10>, <Ordinal.ELEVENTH: 11>] [1, 2, 10, 11]


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    ALPHA = auto()
    BETA = auto()


print(Lower.ALPHA.value, Lower("beta"))  # expect: alpha Lower.BETA


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))
# expect: (5.976e+24, 6378140.0) 5.976e+24 9.8 Planet.MERCURY


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("ACTIVE"), Status("Inactive"))  # expect: Status.ACTIVE Status.INACTIVE
try:
    Status(3)
except ValueError as e:
    print(e)  # expect: 3 is not a valid Status

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(e)  # expect: duplicate values found in <enum 'Mistake'>: FOUR -> THREE

try:
    class MoreColor(Color):
        PINK = 9
except TypeError as e:
    print(e)  # expect: <enum 'MoreColor'> cannot extend <enum 'Color'>

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2 <Animal.CAT: 3>
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(list(Shape), Shape(3))  # expect: [<Shape.SQUARE: 4>, <Shape.TRIANGLE: 3>] Shape.TRIANGLE
Dir = Enum("Dir", {"UP": "u", "DOWN": "d"})
print(Dir.UP, Dir("d"), sorted(Dir, key=lambda d: d.value))
# expect: Dir.UP Dir.DOWN [<Dir.DOWN: 'd'>, <Dir.UP: 'u'>]
