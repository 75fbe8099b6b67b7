class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"

print(Base() + Sub())   # expect: Sub.__radd__
print(Base() + Base())  # expect: Base.__add__
