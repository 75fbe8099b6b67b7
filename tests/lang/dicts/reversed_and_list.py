d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)))
print(list(reversed(d.items())))
print(list(d)[::-1] == list(reversed(d)))
# expect: ['c', 'b', 'a']
# expect: [('c', 3), ('b', 2), ('a', 1)]
# expect: True
