class Inventory:
    def __init__(self, items):
        self.items = items
        self.tax = 2

    def prices(self):
        return [p + self.tax for p in self.items.values()]

print(Inventory({"a": 10, "b": 20}).prices())  # expect: [12, 22]
