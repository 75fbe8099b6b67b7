nums = [3, -1, 4, -1, 5]
print(sum(x for x in nums if x > 0))
print(max(abs(x) for x in nums))
print(min((x for x in nums), default=0))
# expect: 12
# expect: 5
# expect: -1
