class Converter:
    def _make(factor):
        def convert(self, x):
            return x * factor
        return convert

    double = _make(2)
    triple = _make(3)

c = Converter()
print(c.double(5), c.triple(5))  # expect: 10 15
