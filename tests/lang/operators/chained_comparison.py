x = 2
print(1 < x < 3)
print(1 < x > 5)
print(0 <= x <= 2 < 3)
a = b = c = 7
print(a == b == c)
print(1 == 1 != 2)
print(3 > 2 > 1 > 0 > -1)
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
# expect: True
