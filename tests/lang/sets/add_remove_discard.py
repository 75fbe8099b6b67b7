s = set()
s.add(1)
s.add(2)
s.add(1)
print(len(s), sorted(s))  # expect: 2 [1, 2]
s.remove(1)
print(s)  # expect: {2}
s.discard(42)
s.discard(2)
print(s, len(s))  # expect: set() 0
