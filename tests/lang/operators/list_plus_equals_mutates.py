# += on a list extends it in place, so other names see the change.
a = [1, 2]
b = a
a += [3, 4]
print(a, b, a is b)  # expect: [1, 2, 3, 4] [1, 2, 3, 4] True
a = a + [5]
print(a, b, a is b)  # expect: [1, 2, 3, 4, 5] [1, 2, 3, 4] False
