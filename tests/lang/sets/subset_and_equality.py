a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, a < a)
print({1, 2} == {2, 1}, {1} != {1})
print(len(a & {5, 6}) == 0)
# expect: True True True False
# expect: True False
# expect: True
