a = b = c = 0
print(a, b, c)  # expect: 0 0 0
a = 5
print(a, b, c)  # expect: 5 0 0
x = y = []
x.append(1)
print(y, x is y)  # expect: [1] True
