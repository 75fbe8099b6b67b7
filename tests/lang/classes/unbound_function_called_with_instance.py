class Pet:
    def __init__(self, name):
        self.name = name

    def speak(self, sound):
        return self.name + " says " + sound

p = Pet("cat")
f = Pet.speak
print(f(p, "meow"))          # expect: cat says meow
print(Pet.speak(p, "purr"))  # expect: cat says purr
