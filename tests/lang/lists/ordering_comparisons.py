print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])  # expect: True True True
print([] < [0], [1, 2] <= [1, 2], ["b"] > ["abc"])                 # expect: True True True
print([1, [2, 3]] < [1, [2, 4]])                                   # expect: True
