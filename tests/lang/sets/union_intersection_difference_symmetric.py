a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b))                 # expect: [1, 2, 3, 4, 5]
print(sorted(a & b))                 # expect: [3, 4]
print(sorted(a - b), sorted(b - a))  # expect: [1, 2] [5]
print(sorted(a ^ b))                 # expect: [1, 2, 5]
