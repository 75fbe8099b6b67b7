class Unit:
    symbol = "m"

    def show(self, v):
        return str(v) + type(self).symbol

class Km(Unit):
    symbol = "km"

print(Unit().show(3), Km().show(5))  # expect: 3m 5km
