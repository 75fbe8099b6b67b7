class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()

print(Child().greet())  # expect: child+base
