items = [3, 1, 3, 2, 1, 3]
print(sorted(set(items)))  # expect: [1, 2, 3]
print(len(set(items)))     # expect: 3
seen = set()
order = []
for x in items:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order)  # expect: [3, 1, 2]
