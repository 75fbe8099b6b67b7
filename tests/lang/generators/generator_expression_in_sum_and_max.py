nums = [3, -1, 4, -1, 5]
print(sum(x for x in nums if x > 0))      # expect: 12
print(max(abs(x) for x in nums))          # expect: 5
print(min((x for x in nums), default=0))  # expect: -1
