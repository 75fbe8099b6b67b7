s = {1, 2, 3}
s.update([4, 5])
s.intersection_update({1, 2, 4, 5, 9})
print(sorted(s))  # expect: [1, 2, 4, 5]
s.difference_update([1])
s.symmetric_difference_update({2, 10})
print(sorted(s))  # expect: [4, 5, 10]
