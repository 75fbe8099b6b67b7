print(list({"a": 1, "b": 2}))                  # expect: ['a', 'b']
print(list("hey"), tuple("ab"))                # expect: ['h', 'e', 'y'] ('a', 'b')
print(list({"a": 1}.items()), list(range(3)))  # expect: [('a', 1)] [0, 1, 2]
