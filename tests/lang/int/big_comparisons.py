a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a == b, a != b, b > a)
print(a == 2 ** 100)
print(-a < 0 < a)
print(a > 10 ** 30, a < 10 ** 31)
print(max(a, b, 5) == b)
# expect: True False True True
# expect: True
# expect: True
# expect: True True
# expect: True
