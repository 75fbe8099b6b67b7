keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})  # expect: {'a': 1, 'b': 2, 'c': 3}
print({k: v for k in keys for v in vals})  # expect: {'a': 3, 'b': 3, 'c': 3}
