class Color:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())

s = {Color("Red"), Color("RED"), Color("blue")}
print(len(s))                             # expect: 2
print(sorted(c.name.lower() for c in s))  # expect: ['blue', 'red']
