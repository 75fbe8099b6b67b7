# Items with equal keys keep their original relative order.
pairs = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
pairs.sort(key=lambda p: p[1])
print(pairs)  # expect: [('a', 1), ('d', 1), ('b', 2), ('c', 2)]
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)  # expect: [('b', 2), ('c', 2), ('a', 1), ('d', 1)]
