class Base:
    def hello(self):
        return "base hello"

class Child(Base):
    def hello(self):
        return "child: " + super(Child, self).hello()

print(Child().hello())  # expect: child: base hello
