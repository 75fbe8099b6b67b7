class Base:
    greeting = "hello"

    def greet(self):
        return self.greeting

class Loud(Base):
    greeting = "HELLO"

print(Base().greet(), Loud().greet())  # expect: hello HELLO
