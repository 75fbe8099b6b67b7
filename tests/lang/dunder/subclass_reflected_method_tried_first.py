class Base:
    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"

class Sub(Base):
    def __gt__(self, other):
        return "Sub.__gt__"

print(Base() < Sub())
print(Base() < Base())
# expect: Sub.__gt__
# expect: Base.__lt__
