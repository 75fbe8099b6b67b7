class Engine:
    def __init__(self, hp):
        self.hp = hp

class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)

    def describe(self):
        return f"{self.name} with {self.engine.hp} hp"

print(Car("mini", 90).describe())  # expect: mini with 90 hp
