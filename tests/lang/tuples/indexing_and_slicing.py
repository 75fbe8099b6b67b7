t = (10, 20, 30, 40, 50)
print(t[0], t[-1])      # expect: 10 50
print(t[1:3], t[::-1])  # expect: (20, 30) (50, 40, 30, 20, 10)
print(t[::2])           # expect: (10, 30, 50)
print(t[:1], t[5:])     # expect: (10,) ()
