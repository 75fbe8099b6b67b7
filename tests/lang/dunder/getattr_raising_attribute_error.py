class Limited:
    def __getattr__(self, name):
        if name.startswith("x"):
            return len(name)
        raise AttributeError(name)

l = Limited()
print(l.xyz)
print(hasattr(l, "xa"), hasattr(l, "b"))
try:
    l.b
except AttributeError as e:
    print("no", e)
# expect: 3
# expect: True False
# expect: no b
