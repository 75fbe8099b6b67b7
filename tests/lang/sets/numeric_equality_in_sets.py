s = {1, 1.0, True}
print(len(s))
print(s)
t = {0, False, 0.0, 2}
print(len(t))
# expect: 1
# expect: {1}
# expect: 2
