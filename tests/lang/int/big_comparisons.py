a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a == b, a != b, b > a)  # expect: True False True True
print(a == 2 ** 100)                 # expect: True
print(-a < 0 < a)                    # expect: True
print(a > 10 ** 30, a < 10 ** 31)    # expect: True True
print(max(a, b, 5) == b)             # expect: True
