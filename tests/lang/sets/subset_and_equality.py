a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, a < a)  # expect: True True True False
print({1, 2} == {2, 1}, {1} != {1})  # expect: True False
print(len(a & {5, 6}) == 0)          # expect: True
