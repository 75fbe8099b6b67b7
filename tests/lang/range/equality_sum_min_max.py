print(list(range(1, 10, 3)) == [1, 4, 7])                # expect: True
print(range(0) == range(5, 2), range(0, 3) == range(3))  # expect: True True
print(sum(range(101)))                                   # expect: 5050
print(min(range(4, 9)), max(range(4, 9)))                # expect: 4 8
