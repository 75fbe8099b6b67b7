class P:
    pass

p = P()
print(type(p))       # expect: <class '__main__.P'>
print(P)             # expect: <class '__main__.P'>
print(type(p) is P)  # expect: True
