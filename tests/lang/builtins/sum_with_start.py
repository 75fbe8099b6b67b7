print(sum([1, 2, 3]))          # expect: 6
print(sum([1, 2, 3], 10))      # expect: 16
print(sum([]), sum([], 5))     # expect: 0 5
print(sum([0.5, 0.25]))        # expect: 0.75
print(sum([[1], [2, 3]], []))  # expect: [1, 2, 3]
print(sum(range(1, 11)))       # expect: 55
