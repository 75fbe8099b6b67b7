class Vehicle:
    pass

class Car(Vehicle):
    pass

c = Car()
print(c.__class__.__name__)
print(c.__class__ is Car)
print(type(c).__name__)
# expect: Car
# expect: True
# expect: Car
