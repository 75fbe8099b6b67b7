class P:
    pass

p = P()
r = repr(p)
print(r.startswith("<__main__.P object at 0x"))
print(r.endswith(">"))
print(str(p) == r)
# expect: True
# expect: True
# expect: True
