class Base:
    def __init__(self, n):
        self.n = n

    @property
    def double(self):
        return self.n * 2

class Child(Base):
    pass

print(Child(4).double)  # expect: 8
