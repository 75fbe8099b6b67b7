class Base:
    @staticmethod
    def helper(x):
        return x + 100

class Child(Base):
    def use(self):
        return self.helper(1)

print(Child().use(), Child.helper(2))  # expect: 101 102
