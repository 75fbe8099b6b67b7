# Each operation builds its result in CPython's order: | copies the left set then adds, &
# walks the smaller set, ^ starts from the right operand, in-place forms keep the left's table.
a = {40, 8, 16, 24, 0, 3}
b = {1, 3, 8, 64, 9}
print(a | b, b | a)  # expect: {0, 64, 1, 3, 8, 40, 9, 16, 24} {64, 1, 0, 3, 8, 9, 40, 16, 24}
print(a & b, b & a)  # expect: {8, 3} {8, 3}
print(a - b, b - a)  # expect: {0, 16, 40, 24} {64, 1, 9}
print(a ^ b, b ^ a)  # expect: {64, 1, 0, 16, 24, 9, 40} {0, 64, 1, 40, 9, 16, 24}
a |= {100, 1}
print(a)  # expect: {0, 16, 1, 3, 100, 8, 24, 40}
a -= {8, 16}
print(a)  # expect: {0, 1, 3, 100, 24, 40}
a ^= {0, 77}
print(a)  # expect: {1, 3, 100, 40, 77, 24}
a &= {1, 3, 77, 100}
print(a)  # expect: {1, 3, 100, 77}
print({9, 1}.union([17, 25], (33,)), {5, 13, 21}.intersection(range(30)))
# expect: {33, 1, 9, 17, 25} {13, 21, 5}
d = {k: 0 for k in [0, 16, 1, 17, 2, 33, 49]}
print(set(d), set(d.keys()), d.keys() | set(), set() | d.keys())
# expect: {0, 16, 1, 17, 2, 33, 49} {0, 1, 2, 33, 16, 17, 49} {0, 16, 1, 17, 2, 33, 49} {0, 1, 2, 33, 16, 17, 49}
