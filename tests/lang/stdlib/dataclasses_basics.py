# dataclasses: @dataclass writes __init__, __repr__ and __eq__ from the annotated fields;
# field() sets defaults, factories and what each method uses.
from dataclasses import (MISSING, InitVar, asdict, astuple, dataclass, field, fields, is_dataclass, make_dataclass,
                         replace)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__match_args__)
# expect: Point(x=1, y=2) Point(x=3, y=0) Point(x=4, y=5) True True False ('x', 'y')
print(Point.__init__.__qualname__, Point.__repr__.__name__, Point.__doc__, Point.__hash__)
# expect: Point.__init__ __repr__ Point(x: int, y: int = 0) None


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default="s3", repr=False, compare=False)
    computed: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.computed = self.unit_price * self.quantity * scale
        Inventory.count += 1

    def total(self):
        return self.unit_price * self.quantity


item = Inventory("widget", 2.5, 4)
other = Inventory("widget", 2.5, 4, ["a"], "other secret", 2.0)
print(item, other, item.total(), other.computed, Inventory.count, item.tags is not Inventory("x", 1).tags)
# expect: Inventory(name='widget', unit_price=2.5, quantity=4, tags=[], computed=10.0) Inventory(name='widget', unit_price=2.5, quantity=4, tags=['a'], computed=20.0) 10.0 20.0 2 True
print(item == Inventory("widget", 2.5, 4, secret="different"), item == other)  # expect: True False
print([f.name for f in fields(Inventory)], [f.name for f in fields(item) if f.repr], fields(Point)[1].default)
# expect: ['name', 'unit_price', 'quantity', 'tags', 'secret', 'computed'] ['name', 'unit_price', 'quantity', 'tags', 'computed'] 0
print(asdict(item), astuple(Point(7, 8)))
# expect: {'name': 'widget', 'unit_price': 2.5, 'quantity': 4, 'tags': [], 'secret': 's3', 'computed': 10.0} (7, 8)
print(replace(p, y=10), replace(item, quantity=1), is_dataclass(Point), is_dataclass(p), is_dataclass(1))
# expect: Point(x=1, y=10) Inventory(name='widget', unit_price=2.5, quantity=1, tags=[], computed=2.5) True True False
print(Inventory.__doc__)
# expect: Inventory(name: str, unit_price: float, quantity: int = 0, tags: List[str] = <factory>, secret: str = 's3', scale: dataclasses.InitVar[float] = 1.0)


@dataclass
class Line:
    start: Point
    end: Point
    points: list = field(default_factory=list)


line = Line(Point(0, 0), Point(1, 1), [Point(2, 2)])
print(line, asdict(line), astuple(line))
# expect: Line(start=Point(x=0, y=0), end=Point(x=1, y=1), points=[Point(x=2, y=2)]) {'start': {'x': 0, 'y': 0}, 'end': {'x': 1, 'y': 1}, 'points': [{'x': 2, 'y': 2}]} ((0, 0), (1, 1), [(2, 2)])
match line:
    case Line(Point(x=0), end):
        print("starts at x=0, ends at", end)  # expect: starts at x=0, ends at Point(x=1, y=1)

Coord = make_dataclass("Coord", ["a", ("b", int), ("c", int, field(default=5))])
print(Coord(1, 2), Coord(1, 2, 3) == Coord(1, 2, 3), [f.name for f in fields(Coord)])
# expect: Coord(a=1, b=2, c=5) True ['a', 'b', 'c']


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root, fields(Point)[0].default is MISSING)  # expect: Node(value=1, children=[...]) True
f0 = fields(Point)[0]
print(f0.name, f0.type, f0.init, f0.repr, f0.hash, f0.compare, f0.kw_only, f0.metadata)
# expect: x <class 'int'> True True None True False {}
print(field(default=1, metadata={"unit": "cm"}).metadata["unit"])  # expect: cm
import pprint

pprint.pprint(Line(Point(10, 20), Point(30, 40), [Point(i, i * i) for i in range(4)]), width=40)
# expect: Line(start=Point(x=10, y=20),
# expect:      end=Point(x=30, y=40),
# expect:      points=[Point(x=0, y=0),
# expect:              Point(x=1, y=1),
# expect:              Point(x=2, y=4),
# expect:              Point(x=3, y=9)])
