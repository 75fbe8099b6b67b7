# Regression: a range of more than 2**63 - 1 items reported len() as 2**63 - 1, so such
# ranges of different lengths compared equal; len() must raise OverflowError as CPython's.
r = range(-2**63, 2**63 - 1)
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
try:
    len(range(-2**63, 2**63 - 1, 2))
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(0, 2**63 - 1)), len(range(2**63 - 1, -2**63, -3)))
print(r == range(-2**63, 2**63 - 1), r == range(-2**63, 2**63 - 2), r != range(-2**63, 2**63 - 2))
print(range(-2**63, 2**63 - 1, 3) == range(-2**63, 2**63 - 2, 3))
print(range(-2**63, 2**63 - 1, 2) == range(-2**63, 2**63 - 2, 2))
print(range(2**63 - 1, -2**63, -1) == range(2**63 - 1, -2**63 + 1, -1))
print(bool(r), r[0], r[-1], r[2**63], r.index(2**63 - 2), (2**63 - 2) in r)
print(hash(r) == hash(range(-2**63, 2**63 - 1)), hash(r) == hash(range(-2**63, 2**63 - 2)))
print(range(5) == range(0, 5, 1), range(0) == range(3, 1), range(1, 2, 5) == range(1, 3, 7))
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: 9223372036854775807 6148914691236517205
# expect: True False True
# expect: True
# expect: False
# expect: False
# expect: True -9223372036854775808 9223372036854775806 0 18446744073709551614 True
# expect: True False
# expect: True True True
