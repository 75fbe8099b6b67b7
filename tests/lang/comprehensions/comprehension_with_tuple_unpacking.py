pairs = [("a", 1), ("b", 2), ("c", 3)]
print([k * v for k, v in pairs])
print([f"{i}:{k}" for i, (k, v) in enumerate(pairs)])
# expect: ['a', 'bb', 'ccc']
# expect: ['0:a', '1:b', '2:c']
