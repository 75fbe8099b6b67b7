s = {1, 2}
s.remove(1)
print(s)     # expect: {2}
s.remove(5)  # expect runtime error: KeyError: 5
