print(bool(0), bool(1), bool(-3))
print(bool(0.0), bool(0.1))
print(bool(""), bool("False"))
print(bool(None))
print(bool(), bool([]), bool([0]))
# expect: False True True
# expect: False True
# expect: False True
# expect: False
# expect: False False True
