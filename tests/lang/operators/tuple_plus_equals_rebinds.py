t = (1, 2)
u = t
t += (3,)
print(t, u)
s = "ab"
s += "cd"
print(s)
# expect: (1, 2, 3) (1, 2)
# expect: abcd
