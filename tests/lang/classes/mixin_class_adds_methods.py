class ReprMixin:
    def describe(self):
        return type(self).__name__ + ":" + str(self.value)

class Item(ReprMixin):
    def __init__(self, value):
        self.value = value

class Other(ReprMixin):
    value = "fixed"

print(Item(5).describe())  # expect: Item:5
print(Other().describe())  # expect: Other:fixed
