nums = [4, -2, 9, 0]
print(min(nums), max(nums), sum(nums))
print(sorted(nums), nums)
print(list(reversed(nums)))
# expect: -2 9 11
# expect: [-2, 0, 4, 9] [4, -2, 9, 0]
# expect: [0, 9, -2, 4]
