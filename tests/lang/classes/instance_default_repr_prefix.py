class P:
    pass

p = P()
r = repr(p)
print(r.startswith("<__main__.P object at 0x"))  # expect: True
print(r.endswith(">"))                           # expect: True
print(str(p) == r)                               # expect: True
