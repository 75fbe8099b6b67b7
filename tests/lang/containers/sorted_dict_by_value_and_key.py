counts = {"x": 3, "y": 1, "z": 3, "w": 2}
print(sorted(counts, key=counts.get))  # expect: ['y', 'w', 'x', 'z']
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
# expect: [('x', 3), ('z', 3), ('w', 2), ('y', 1)]
print(max(counts, key=counts.get), min(counts.values()))  # expect: x 1
