class P:
    pass

p = P()
setattr(p, "color", "red")
print(p.color)  # expect: red
for name in ["a", "b"]:
    setattr(p, name, name * 3)
print(p.a, p.b)  # expect: aaa bbb
delattr(p, "color")
print(hasattr(p, "color"))  # expect: False
