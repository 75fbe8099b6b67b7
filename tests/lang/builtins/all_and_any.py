print(all([1, 2, 3]), all([1, 0, 3]), all([]))                      # expect: True False True
print(any([0, "", None]), any([0, 1]), any([]))                     # expect: False True False
print(all(x > 0 for x in [1, 2]), any(c.isdigit() for c in "ab3"))  # expect: True True
