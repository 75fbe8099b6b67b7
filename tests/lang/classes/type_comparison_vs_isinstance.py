class Base:
    pass

class Derived(Base):
    pass

d = Derived()
print(type(d) == Base, isinstance(d, Base))  # expect: False True
print(type(d) == Derived)                    # expect: True
