class Base:
    pass

class Derived(Base):
    pass

d = Derived()
print(type(d) == Base, isinstance(d, Base))
print(type(d) == Derived)
# expect: False True
# expect: True
