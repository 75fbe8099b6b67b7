items = [("a", 1), ("b", 3), ("c", 3), ("d", 1)]
print(max(items, key=lambda t: t[1]))  # expect: ('b', 3)
print(min(items, key=lambda t: t[1]))  # expect: ('a', 1)
