class Animal:
    pass

class Mammal(Animal):
    pass

class Dog(Mammal):
    pass

d = Dog()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal))  # expect: True True True
print(isinstance(Animal(), Dog))                                         # expect: False
print(isinstance(d, object))                                             # expect: True
