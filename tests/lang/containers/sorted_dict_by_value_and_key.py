counts = {"x": 3, "y": 1, "z": 3, "w": 2}
print(sorted(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
# expect: ['y', 'w', 'x', 'z']
# expect: [('x', 3), ('z', 3), ('w', 2), ('y', 1)]
# expect: x 1
