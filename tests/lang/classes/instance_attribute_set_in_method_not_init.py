class Lazy:
    def load(self):
        self.data = [1, 2, 3]

x = Lazy()
print(hasattr(x, "data"))
x.load()
print(x.data)
# expect: False
# expect: [1, 2, 3]
