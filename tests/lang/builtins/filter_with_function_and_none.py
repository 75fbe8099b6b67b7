print(list(filter(lambda x: x % 2 == 0, range(10))))          # expect: [0, 2, 4, 6, 8]
print(list(filter(None, [0, 1, "", "a", [], [0], None])))     # expect: [1, 'a', [0]]
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22"])))  # expect: ['1', '22']
