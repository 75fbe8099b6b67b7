print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1], [2], [3])))
# expect: [(1, 'a'), (2, 'b')]
# expect: []
# expect: [(1, 2, 3)]
