keys = ["a", "b", "c"]
values = [1, 2, 3]
print({k: v for k, v in zip(keys, values)})            # expect: {'a': 1, 'b': 2, 'c': 3}
print({k: v for k, v in zip(keys, values) if v != 2})  # expect: {'a': 1, 'c': 3}
