def make_record(name, fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)
    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "fields": fields})

Point = make_record("Point", ["x", "y"])
Color = make_record("Color", ["r", "g", "b"])
print(Point(1, 2), Color(255, 128, 0))  # expect: Point(x=1, y=2) Color(r=255, g=128, b=0)
print(Point.__name__, Point.fields, type(Point(0, 0)).__name__)  # expect: Point ['x', 'y'] Point
