class Base:
    @classmethod
    def name(cls):
        return cls.__name__

class Child(Base):
    pass

print(Base.name(), Child.name())  # expect: Base Child
print(Child().name())             # expect: Child
