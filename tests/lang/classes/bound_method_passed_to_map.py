class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, x):
        return x * self.factor

s = Scaler(10)
print(list(map(s.apply, [1, 2, 3])))  # expect: [10, 20, 30]
