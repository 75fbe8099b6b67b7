for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, divmod(a, b), a // b, a % b)
# expect: 7 2 (3, 1) 3 1
# expect: -7 2 (-4, 1) -4 1
# expect: 7 -2 (-4, -1) -4 -1
# expect: -7 -2 (3, -1) 3 -1
