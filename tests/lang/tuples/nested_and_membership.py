t = (1, (2, 3), [4, 5])
print(t[1][0], t[2][-1])    # expect: 2 5
print((2, 3) in t, 2 in t)  # expect: True False
t[2].append(6)
print(t)  # expect: (1, (2, 3), [4, 5, 6])
