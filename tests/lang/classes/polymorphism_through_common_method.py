class Dog:
    def sound(self):
        return "woof"

class Cow:
    def sound(self):
        return "moo"

class Duck:
    def sound(self):
        return "quack"

print([a.sound() for a in (Dog(), Cow(), Duck())])  # expect: ['woof', 'moo', 'quack']
