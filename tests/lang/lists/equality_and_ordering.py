print([1, 2] == [1, 2], [1, 2] != [2, 1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 100])
print([1, 2.0] == [1.0, 2])
# expect: True True
# expect: True True True
# expect: True
# expect: True
