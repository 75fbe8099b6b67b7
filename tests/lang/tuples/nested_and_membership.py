t = (1, (2, 3), [4, 5])
print(t[1][0], t[2][-1])
print((2, 3) in t, 2 in t)
t[2].append(6)
print(t)
# expect: 2 5
# expect: True False
# expect: (1, (2, 3), [4, 5, 6])
