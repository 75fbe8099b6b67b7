class Base:
    count = 0

    @classmethod
    def bump(cls):
        cls.count = cls.count + 1

class Sub(Base):
    pass

Sub.bump()
Sub.bump()
Base.bump()
print(Base.count, Sub.count)  # expect: 1 2
