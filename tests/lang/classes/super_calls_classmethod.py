class Base:
    @classmethod
    def create(cls):
        return cls.__name__ + " created"

class Child(Base):
    @classmethod
    def create(cls):
        return "child: " + super().create()

print(Child.create())  # expect: child: Child created
