class Price:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        return f"rounded {self.v} to {ndigits}"

print(round(Price(2.567)))     # expect: rounded 2.567 to None
print(round(Price(2.567), 2))  # expect: rounded 2.567 to 2
