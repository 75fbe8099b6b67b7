s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4}
s -= {1}
s ^= {4, 7}
print(sorted(s))  # expect: [2, 7]
