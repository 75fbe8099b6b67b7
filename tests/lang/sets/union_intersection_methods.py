a = {1, 2, 3}
b = [2, 3, 4]
print(sorted(a.union(b)))
print(sorted(a.intersection(b)))
print(sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print(sorted(a))
# expect: [1, 2, 3, 4]
# expect: [2, 3]
# expect: [1]
# expect: [1, 4]
# expect: [1, 2, 3]
