class Registry:
    def __init__(self):
        self.items = {"a": 1}

    def __getitem__(self, key):
        return self.items[key]

r = Registry()
print(r["a"])  # expect: 1
try:
    r["b"]
except KeyError as e:
    print("missing", e)  # expect: missing 'b'
