d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)))                   # expect: ['c', 'b', 'a']
print(list(reversed(d.items())))           # expect: [('c', 3), ('b', 2), ('a', 1)]
print(list(d)[::-1] == list(reversed(d)))  # expect: True
