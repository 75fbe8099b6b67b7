s = "abc"
t = s.upper()
print(s, t)  # expect: abc ABC
u = s.replace("a", "z")
print(s, u)  # expect: abc zbc
