pairs = [(1, "one"), (2, "two")]
for number, name in pairs:
    print(number, name)
# expect: 1 one
# expect: 2 two
for i, (a, b) in enumerate([(5, 6), (7, 8)]):
    print(i, a + b)
# expect: 0 11
# expect: 1 15
