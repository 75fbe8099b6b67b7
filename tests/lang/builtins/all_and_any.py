print(all([1, 2, 3]), all([1, 0, 3]), all([]))
print(any([0, "", None]), any([0, 1]), any([]))
print(all(x > 0 for x in [1, 2]), any(c.isdigit() for c in "ab3"))
# expect: True False True
# expect: False True False
# expect: True True
