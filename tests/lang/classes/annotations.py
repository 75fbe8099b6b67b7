# Annotated names at a module's and a class's top level are recorded in __annotations__;
# in a function they are not evaluated at all.
count: int = 0
label: "a forward reference"
if True:
    flag: bool = True

class Point:
    x: int = 0
    y: float
    def norm(self) -> float:
        total: float = 0.0
        undefined_in_function: NoSuchType = 1
        return total

print(__annotations__)
# expect: {'count': <class 'int'>, 'label': 'a forward reference', 'flag': <class 'bool'>}
print(Point.__annotations__, Point.x, hasattr(Point, "y"))
# expect: {'x': <class 'int'>, 'y': <class 'float'>} 0 False
print(Point().norm(), "count" in globals(), "label" in globals())  # expect: 0.0 True False
