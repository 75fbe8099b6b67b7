a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a)
print(a <= a, a < a, a > set(), set() < set())
print({1, 4} <= b, {1, 4} >= b)
# expect: True True True True
# expect: True False True False
# expect: False False
