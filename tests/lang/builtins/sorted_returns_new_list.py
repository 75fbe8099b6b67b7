original = (3, 1, 2)
result = sorted(original)
print(result, original, type(result))           # expect: [1, 2, 3] (3, 1, 2) <class 'list'>
print(sorted([]), sorted("cba", reverse=True))  # expect: [] ['c', 'b', 'a']
