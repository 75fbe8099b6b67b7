print([1, 2] == [1, 2], [1, 2] != [2, 1])             # expect: True True
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])  # expect: True True True
print([2] > [1, 100])                                 # expect: True
print([1, 2.0] == [1.0, 2])                           # expect: True
