t = (1, 2)
u = t
t += (3,)
print(t, u)  # expect: (1, 2, 3) (1, 2)
s = "ab"
s += "cd"
print(s)  # expect: abcd
