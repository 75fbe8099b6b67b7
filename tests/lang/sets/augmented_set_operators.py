s = {1, 2}
s |= {3}
print(sorted(s))  # expect: [1, 2, 3]
s &= {2, 3, 4}
print(sorted(s))  # expect: [2, 3]
s -= {2}
print(s)  # expect: {3}
s ^= {3, 9}
print(s)  # expect: {9}
