class P:
    pass

p = P()
setattr(p, "color", "red")
print(p.color)
for name in ["a", "b"]:
    setattr(p, name, name * 3)
print(p.a, p.b)
delattr(p, "color")
print(hasattr(p, "color"))
# expect: red
# expect: aaa bbb
# expect: False
