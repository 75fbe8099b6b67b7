class Protected:
    def __init__(self):
        self.name = "config"
        self.value = 42

    def __delattr__(self, attr):
        if attr == "name":
            raise AttributeError("cannot delete name")
        print("deleting", attr)
        super().__delattr__(attr)

obj = Protected()
del obj.value                 # expect: deleting value
print(hasattr(obj, "value"))  # expect: False
try:
    del obj.name
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: cannot delete name
print(obj.name)                  # expect: config
