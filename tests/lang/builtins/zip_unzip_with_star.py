pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)             # expect: (1, 2, 3) ('a', 'b', 'c')
print(dict(zip(letters, nums)))  # expect: {'a': 1, 'b': 2, 'c': 3}
