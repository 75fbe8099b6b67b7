print(hash(1) == 1, hash(0) == 0, hash(-5) == -5)  # expect: True True True
print(hash(1) == hash(1.0) == hash(True))          # expect: True
print(hash(0) == hash(0.0) == hash(False))         # expect: True
print(hash(2.5) == hash(2.5))                      # expect: True
print(hash("abc") == hash("ab" + "c"))             # expect: True
print(hash((1, 2)) == hash((1.0, 2)))              # expect: True
