print(list())
print(list("abc"))
print(list((1, 2)))
print(list(range(5)))
print(list(range(10, 0, -3)))
print(list({"a": 1, "b": 2}))
# expect: []
# expect: ['a', 'b', 'c']
# expect: [1, 2]
# expect: [0, 1, 2, 3, 4]
# expect: [10, 7, 4, 1]
# expect: ['a', 'b']
