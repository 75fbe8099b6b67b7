s = {"only"}
print(s.pop(), s)
s = {1, 2}
c = s.copy()
s.discard(5)
s.discard(1)
s.clear()
print(s, sorted(c))
# expect: only set()
# expect: set() [1, 2]
