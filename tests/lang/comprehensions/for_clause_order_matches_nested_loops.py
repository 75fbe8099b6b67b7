pairs = [(a, b) for a in "xy" for b in range(2)]
print(pairs)  # expect: [('x', 0), ('x', 1), ('y', 0), ('y', 1)]
out = []
for a in "xy":
    for b in range(2):
        out.append((a, b))
print(out == pairs)  # expect: True
