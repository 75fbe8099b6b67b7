class Lazy:
    def load(self):
        self.data = [1, 2, 3]

x = Lazy()
print(hasattr(x, "data"))  # expect: False
x.load()
print(x.data)  # expect: [1, 2, 3]
