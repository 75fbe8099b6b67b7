items = [3, 1, 3, 2, 1, 3]
print(sorted(set(items)))
print(len(set(items)))
seen = set()
order = []
for x in items:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order)
# expect: [1, 2, 3]
# expect: 3
# expect: [3, 1, 2]
