s = {1, 2}
s |= {3}
print(sorted(s))
s &= {2, 3, 4}
print(sorted(s))
s -= {2}
print(s)
s ^= {3, 9}
print(s)
# expect: [1, 2, 3]
# expect: [2, 3]
# expect: {3}
# expect: {9}
