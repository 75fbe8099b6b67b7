def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ", " + name
    return Greeter

G = make_class("hi")
H = make_class("yo")
print(G().greet("ann"), H().greet("bob"))  # expect: hi, ann yo, bob
print(G is H)                              # expect: False
