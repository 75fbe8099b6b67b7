print(list({"a": 1, "b": 2}))
print(list("hey"), tuple("ab"))
print(list({"a": 1}.items()), list(range(3)))
# expect: ['a', 'b']
# expect: ['h', 'e', 'y'] ('a', 'b')
# expect: [('a', 1)] [0, 1, 2]
