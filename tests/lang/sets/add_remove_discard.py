s = set()
s.add(1)
s.add(2)
s.add(1)
print(len(s), sorted(s))
s.remove(1)
print(s)
s.discard(42)
s.discard(2)
print(s, len(s))
# expect: 2 [1, 2]
# expect: {2}
# expect: set() 0
