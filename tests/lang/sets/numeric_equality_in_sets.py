s = {1, 1.0, True}
print(len(s))  # expect: 1
print(s)       # expect: {1}
t = {0, False, 0.0, 2}
print(len(t))  # expect: 2
