class Named:
    def __init__(self, name="", **kw):
        super().__init__(**kw)
        self.name = name

class Aged:
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age

class Person(Named, Aged):
    pass

p = Person(name="ann", age=30)
print(p.name, p.age)                         # expect: ann 30
print([c.__name__ for c in Person.__mro__])  # expect: ['Person', 'Named', 'Aged', 'object']
