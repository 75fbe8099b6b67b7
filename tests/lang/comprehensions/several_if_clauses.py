nums = range(30)
both = [n for n in nums if n % 2 == 0 if n % 3 == 0]
print(both)                                                    # expect: [0, 6, 12, 18, 24]
print(both == [n for n in nums if n % 2 == 0 and n % 3 == 0])  # expect: True
