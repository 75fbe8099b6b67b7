pairs = [("a", 1), ("b", 2), ("c", 3)]
print([k * v for k, v in pairs])                       # expect: ['a', 'bb', 'ccc']
print([f"{i}:{k}" for i, (k, v) in enumerate(pairs)])  # expect: ['0:a', '1:b', '2:c']
