print(hash(1) == 1, hash(0) == 0, hash(-5) == -5)
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False))
print(hash(2.5) == hash(2.5))
print(hash("abc") == hash("ab" + "c"))
print(hash((1, 2)) == hash((1.0, 2)))
# expect: True True True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
