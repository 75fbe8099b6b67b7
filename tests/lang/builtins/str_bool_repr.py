print(str(12), str(1.5), str([1]), str("s"))           # expect: 12 1.5 [1] s
print(repr(12), repr(1.5), repr("s"), repr([1, "s"]))  # expect: 12 1.5 's' [1, 's']
print(bool(0), bool(2), bool(""), bool("0"))           # expect: False True False True
print(str(-0.0), repr(None))                           # expect: -0.0 None
