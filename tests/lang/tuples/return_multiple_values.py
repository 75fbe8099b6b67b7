def min_max(items):
    return min(items), max(items)

result = min_max([3, 9, 1])
print(result, type(result))  # expect: (1, 9) <class 'tuple'>
lo, hi = min_max([5, 2])
print(lo, hi)  # expect: 2 5
