class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)

m = Money(1234)
s = str(m)
print(s, len(s))                 # expect: $12.34 6
print("total " + str(Money(5)))  # expect: total $0.05
