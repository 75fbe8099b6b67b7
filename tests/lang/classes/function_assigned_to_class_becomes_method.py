class Person:
    def __init__(self, name):
        self.name = name

def describe(self):
    return "person " + self.name

Person.describe = describe
print(Person("ann").describe())  # expect: person ann
