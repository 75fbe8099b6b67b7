class Key:
    pass

k1 = Key()
k2 = Key()
d = {k1: "one", k2: "two"}
print(d[k1], d[k2], len(d))  # expect: one two 2
print(k1 in d, Key() in d)   # expect: True False
