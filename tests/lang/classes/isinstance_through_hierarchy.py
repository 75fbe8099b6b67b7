class Animal:
    pass

class Mammal(Animal):
    pass

class Dog(Mammal):
    pass

d = Dog()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal))
print(isinstance(Animal(), Dog))
print(isinstance(d, object))
# expect: True True True
# expect: False
# expect: True
