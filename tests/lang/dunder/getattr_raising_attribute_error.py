class Limited:
    def __getattr__(self, name):
        if name.startswith("x"):
            return len(name)
        raise AttributeError(name)

l = Limited()
print(l.xyz)                              # expect: 3
print(hasattr(l, "xa"), hasattr(l, "b"))  # expect: True False
try:
    l.b
except AttributeError as e:
    print("no", e)  # expect: no b
