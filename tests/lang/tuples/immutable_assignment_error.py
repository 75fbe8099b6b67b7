t = (1, 2, 3)
print(t[0])  # expect: 1
t[0] = 5     # expect runtime error: TypeError: 'tuple' object does not support item assignment
