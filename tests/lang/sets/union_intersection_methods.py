a = {1, 2, 3}
b = [2, 3, 4]
print(sorted(a.union(b)))                 # expect: [1, 2, 3, 4]
print(sorted(a.intersection(b)))          # expect: [2, 3]
print(sorted(a.difference(b)))            # expect: [1]
print(sorted(a.symmetric_difference(b)))  # expect: [1, 4]
print(sorted(a))                          # expect: [1, 2, 3]
