class Store:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

s = Store()
s["a"] = 1     # expect: set a 1
s["b"] = 2     # expect: set b 2
del s["a"]     # expect: del a
print(s.data)  # expect: {'b': 2}
