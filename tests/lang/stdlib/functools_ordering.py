# functools.total_ordering (the other comparisons from one and ==) and cmp_to_key (an
# old-style comparison function as a sort key), plus cached_property and singledispatch.
from functools import cached_property, cmp_to_key, singledispatch, total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1, 2), a > Version(1, 2))
# expect: True True False False True True False
print(sorted([b, Version(0, 9), a]), max(a, b), min(a, b))  # expect: [v0.9, v1.2, v1.10] v1.10 v1.2


@total_ordering
class Grade:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Grade(1) < Grade(2), Grade(2) > Grade(1), Grade(1) <= Grade(1), Grade(2) < Grade(2))
# expect: True True True False
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)  # expect: must define at least one ordering operation: < > <= >=

print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))  # expect: [3, 2, 1]
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(x) - len(y))))
# expect: ['a', 'bb', 'ccc']


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed)  # expect: 12 12 1
c.area = 5
print(c.area)  # expect: 5
del c.area
print(c.area, c.computed)  # expect: 12 2


@singledispatch
def describe(x):
    return "something"


@describe.register(int)
def _(x):
    return "an int"


@describe.register(list)
def _(x):
    return "a list of " + str(len(x))


print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(None))
# expect: an int an int a list of 2 something something
