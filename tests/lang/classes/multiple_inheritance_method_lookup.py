class Flyer:
    def move(self):
        return "fly"

class Swimmer:
    def move(self):
        return "swim"

    def dive(self):
        return "dive"

class Duck(Flyer, Swimmer):
    pass

d = Duck()
print(d.move(), d.dive())  # expect: fly dive
