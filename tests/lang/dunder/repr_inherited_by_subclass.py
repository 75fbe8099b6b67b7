class Base:
    def __repr__(self):
        return type(self).__name__ + "()"

class Child(Base):
    pass

print([Base(), Child()])  # expect: [Base(), Child()]
