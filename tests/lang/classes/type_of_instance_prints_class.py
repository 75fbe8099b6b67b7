class P:
    pass

p = P()
print(type(p))
print(P)
print(type(p) is P)
# expect: <class '__main__.P'>
# expect: <class '__main__.P'>
# expect: True
