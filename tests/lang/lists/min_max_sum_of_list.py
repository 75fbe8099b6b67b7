nums = [4, -2, 9, 0]
print(min(nums), max(nums), sum(nums))  # expect: -2 9 11
print(sorted(nums), nums)               # expect: [-2, 0, 4, 9] [4, -2, 9, 0]
print(list(reversed(nums)))             # expect: [0, 9, -2, 4]
