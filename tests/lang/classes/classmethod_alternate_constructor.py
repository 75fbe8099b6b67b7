class Date:
    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d

    @classmethod
    def from_string(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))

d = Date.from_string("2024-03-15")
print(d.y, d.m, d.d)  # expect: 2024 3 15
