class Pet:
    def __init__(self, name):
        self.name = name

    def speak(self, sound):
        return self.name + " says " + sound

p = Pet("cat")
f = Pet.speak
print(f(p, "meow"))
print(Pet.speak(p, "purr"))
# expect: cat says meow
# expect: cat says purr
