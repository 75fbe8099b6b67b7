a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b), sorted(b - a))
print(sorted(a ^ b))
# expect: [1, 2, 3, 4, 5]
# expect: [3, 4]
# expect: [1, 2] [5]
# expect: [1, 2, 5]
