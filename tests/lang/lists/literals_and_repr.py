print([])                           # expect: []
print([1, 2, 3])                    # expect: [1, 2, 3]
print([1, "two", 3.0, None, True])  # expect: [1, 'two', 3.0, None, True]
print([[1, 2], [3, [4, []]]])       # expect: [[1, 2], [3, [4, []]]]
print(len([1, [2, 3]]))             # expect: 2
