print(list(range(1, 10, 3)) == [1, 4, 7])
print(range(0) == range(5, 2), range(0, 3) == range(3))
print(sum(range(101)))
print(min(range(4, 9)), max(range(4, 9)))
# expect: True
# expect: True True
# expect: 5050
# expect: 4 8
