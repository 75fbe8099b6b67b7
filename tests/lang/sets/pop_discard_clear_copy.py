s = {"only"}
print(s.pop(), s)  # expect: only set()
s = {1, 2}
c = s.copy()
s.discard(5)
s.discard(1)
s.clear()
print(s, sorted(c))  # expect: set() [1, 2]
