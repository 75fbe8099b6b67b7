class Vehicle:
    pass

class Car(Vehicle):
    pass

c = Car()
print(c.__class__.__name__)  # expect: Car
print(c.__class__ is Car)    # expect: True
print(type(c).__name__)      # expect: Car
