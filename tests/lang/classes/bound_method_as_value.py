class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello " + self.name

g = Greeter("ann")
m = g.greet
print(m())  # expect: hello ann
g.name = "bob"
print(m())  # expect: hello bob
