s = "abc"
t = s.upper()
print(s, t)
u = s.replace("a", "z")
print(s, u)
# expect: abc ABC
# expect: abc zbc
