class Base:
    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"

class Sub(Base):
    def __gt__(self, other):
        return "Sub.__gt__"

print(Base() < Sub())   # expect: Sub.__gt__
print(Base() < Base())  # expect: Base.__lt__
