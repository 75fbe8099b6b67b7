class Animal:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name + " is an animal"

class Cat(Animal):
    pass

c = Cat("tom")
print(c.describe())  # expect: tom is an animal
print(c.name)        # expect: tom
