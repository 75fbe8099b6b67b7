def get(items, i):
    return items[i]

nums = [1, 2, 3]
print(get(nums, -3))  # expect: 1
print(get(nums, 3))   # expect runtime error: IndexError: list index out of range
