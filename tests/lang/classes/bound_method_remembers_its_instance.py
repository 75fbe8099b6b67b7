class Cell:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value

getters = [Cell(i).get for i in range(3)]
print([g() for g in getters])  # expect: [0, 1, 2]
