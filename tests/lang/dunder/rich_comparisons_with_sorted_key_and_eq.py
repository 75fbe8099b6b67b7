class Emp:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __lt__(self, other):
        return self.age < other.age

    def __eq__(self, other):
        return self.age == other.age

    def __repr__(self):
        return self.name

staff = [Emp("c", 30), Emp("a", 25), Emp("b", 30)]
print(sorted(staff))                                          # expect: [a, c, b]
print(Emp("x", 1) == Emp("y", 1), Emp("x", 1) < Emp("y", 2))  # expect: True True
