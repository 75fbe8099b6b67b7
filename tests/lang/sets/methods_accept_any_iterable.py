s = {1, 2, 3}
print(sorted(s.union([4], (5,))))                                     # expect: [1, 2, 3, 4, 5]
print(sorted(s.intersection([2, 3, 9], (3, 2))))                      # expect: [2, 3]
print(sorted(s.difference(range(2))))                                 # expect: [2, 3]
print(sorted(s.symmetric_difference([3, 4])))                         # expect: [1, 2, 4]
print(s.issubset(range(10)), s.issuperset([1]), s.isdisjoint("abc"))  # expect: True True True
