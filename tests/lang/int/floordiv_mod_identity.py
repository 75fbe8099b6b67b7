# (a // b) * b + a % b == a for every sign combination.
for a in (17, -17):
    for b in (5, -5):
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a)
# expect: 17 5 3 2 True
# expect: 17 -5 -4 -3 True
# expect: -17 5 -4 3 True
# expect: -17 -5 3 -2 True
