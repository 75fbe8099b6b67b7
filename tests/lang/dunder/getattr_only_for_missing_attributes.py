class Proxy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        return "computed " + name

p = Proxy()
print(p.real)               # expect: real value
print(p.other)              # expect: computed other
print(getattr(p, "thing"))  # expect: computed thing
