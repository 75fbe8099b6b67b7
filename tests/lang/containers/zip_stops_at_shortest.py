print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip()))                 # expect: []
print(list(zip([1], [2], [3])))    # expect: [(1, 2, 3)]
