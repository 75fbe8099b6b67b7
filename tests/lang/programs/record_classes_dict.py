class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"expected at most {len(self.fields)} positional arguments")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unexpected field {name!r}")
            setattr(self, name, value)
        missing = [f for f in self.fields if f not in vars(self)]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def replace(self, **changes):
        data = dict(self.__dict__)
        data.update(changes)
        return type(self)(**data)

class Point(Record):
    fields = ("x", "y")

class Person(Record):
    fields = ("name", "age", "email")

p = Point(1, 2)
print(p, p == Point(x=1, y=2), p == Point(2, 1))  # expect: Point(x=1, y=2) True False
q = p.replace(y=10)
print(q, p)  # expect: Point(x=1, y=10) Point(x=1, y=2)
ann = Person("Ann", 31, email="ann@example.com")
print(ann)  # expect: Person(name='Ann', age=31, email='ann@example.com')
for args, kwargs in [((1, 2, 3), {}), ((1,), {}), ((), {"x": 1, "y": 2, "z": 3})]:
    try:
        print(Point(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: expected at most 2 positional arguments
# expect: TypeError: missing fields: y
# expect: TypeError: unexpected field 'z'
