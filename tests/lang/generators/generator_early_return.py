def take_until_negative(nums):
    for n in nums:
        if n < 0:
            return
        yield n

print(list(take_until_negative([3, 5, -1, 7])))  # expect: [3, 5]
