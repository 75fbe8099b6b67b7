class Proxy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        return "computed " + name

p = Proxy()
print(p.real)
print(p.other)
print(getattr(p, "thing"))
# expect: real value
# expect: computed other
# expect: computed thing
