def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None

print(find_pair([2, 7, 11, 15], 9))  # expect: (0, 1)
print(find_pair([1, 2], 10))         # expect: None
