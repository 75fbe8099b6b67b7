print(bool(0), bool(1), bool(-3))   # expect: False True True
print(bool(0.0), bool(0.1))         # expect: False True
print(bool(""), bool("False"))      # expect: False True
print(bool(None))                   # expect: False
print(bool(), bool([]), bool([0]))  # expect: False False True
