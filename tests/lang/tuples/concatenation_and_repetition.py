a = (1, 2)
b = (3,)
print(a + b)   # expect: (1, 2, 3)
print(b * 3)   # expect: (3, 3, 3)
print(a + ())  # expect: (1, 2)
t = ()
for i in range(3):
    t = t + (i,)
print(t)  # expect: (0, 1, 2)
