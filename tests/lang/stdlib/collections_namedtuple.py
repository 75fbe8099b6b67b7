# collections.namedtuple: a class whose instances hold named fields and behave as tuples:
# indexing, slicing, iteration, unpacking, len, ==, ordering, hashing, + and *.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
# expect: Point(x=1, y=2) 1 2 1 2 (1,) 2 [1, 2] (1, 2)
print(p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1), Point(1, 3) > p)
# expect: True True True True True
x, y = p
print(x, y, {p: "v"}[Point(1, 2)], hash(p) == hash(Point(1, 2)), Point._fields, Point.__name__)
# expect: 1 2 v True ('x', 'y') Point
print(p._asdict(), p._replace(x=10), Point._make([3, 4]), Point(y=5, x=6))
# expect: {'x': 1, 'y': 2} Point(x=10, y=2) Point(x=3, y=4) Point(x=6, y=5)
print(p + (3,), (0,) + p, p * 2, max(Point(0, 9), Point(1, 0)), sorted([Point(2, 1), Point(1, 5)]))
# expect: (1, 2, 3) (0, 1, 2) (1, 2, 1, 2) Point(x=1, y=0) [Point(x=1, y=5), Point(x=2, y=1)]
print(p.count(1), p.index(2), 2 in p, list(reversed(p)), "{} and {}".format(*p))
# expect: 1 1 True [2, 1] 1 and 2

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(a=1, c=2), P3._field_defaults, P3.__doc__)
# expect: P3(a=5, b=0, c=1) P3(a=5, b=6, c=1) P3(a=1, b=0, c=2) {'b': 0, 'c': 1} P3(a, b, c)
Row = namedtuple("Row", "id, name", rename=False)
print(Row(1, "x"), namedtuple("A", "a def 1 _b a", rename=True)._fields, namedtuple("E", "")())
# expect: Row(id=1, name='x') ('a', '_1', '_2', '_3', '_4') E()


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1), Vec._make([0, 1]), v._replace(y=0))
# expect: Vec(x=3, y=4) 25 Vec(x=4, y=5) Vec(x=0, y=1) Vec(x=3, y=0)

match p:
    case Point(x=1, y=yy):
        print("matched y =", yy)  # expect: matched y = 2
match Point(3, 4):
    case Point(a, b):
        print("positional", a, b)  # expect: positional 3 4

Card = namedtuple("Card", ["rank", "suit"])
hand = [Card("Q", "hearts"), Card("2", "spades"), Card("A", "clubs")]
print(sorted(hand, key=lambda c: c.suit)[0], [c.rank for c in hand], dict(hand[0]._asdict()))
# expect: Card(rank='A', suit='clubs') ['Q', '2', 'A'] {'rank': 'Q', 'suit': 'hearts'}
