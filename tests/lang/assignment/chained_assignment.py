a = b = c = 0
print(a, b, c)
a = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
# expect: 0 0 0
# expect: 5 0 0
# expect: [1] True
