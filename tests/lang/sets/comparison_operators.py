a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a)             # expect: True True True True
print(a <= a, a < a, a > set(), set() < set())  # expect: True False True False
print({1, 4} <= b, {1, 4} >= b)                 # expect: False False
