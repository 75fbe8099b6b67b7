s = {1, 2}
s.remove(1)
print(s)
s.remove(5)
# expect: {2}
# expect runtime error: KeyError: 5
