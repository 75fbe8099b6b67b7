# Regression: a range of more than 2**63 - 1 items reported len() as 2**63 - 1, so such
# ranges of different lengths compared equal; len() must raise OverflowError as CPython's.
r = range(-2**63, 2**63 - 1)
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
    # expect: OverflowError: Python int too large to convert to C ssize_t
try:
    len(range(-2**63, 2**63 - 1, 2))
except OverflowError as e:
    print("OverflowError:", e)
    # expect: OverflowError: Python int too large to convert to C ssize_t
print(len(range(0, 2**63 - 1)), len(range(2**63 - 1, -2**63, -3)))
# expect: 9223372036854775807 6148914691236517205
print(r == range(-2**63, 2**63 - 1), r == range(-2**63, 2**63 - 2), r != range(-2**63, 2**63 - 2))
# expect: True False True
print(range(-2**63, 2**63 - 1, 3) == range(-2**63, 2**63 - 2, 3))        # expect: True
print(range(-2**63, 2**63 - 1, 2) == range(-2**63, 2**63 - 2, 2))        # expect: False
print(range(2**63 - 1, -2**63, -1) == range(2**63 - 1, -2**63 + 1, -1))  # expect: False
print(bool(r), r[0], r[-1], r[2**63], r.index(2**63 - 2), (2**63 - 2) in r)
# expect: True -9223372036854775808 9223372036854775806 0 18446744073709551614 True
print(hash(r) == hash(range(-2**63, 2**63 - 1)), hash(r) == hash(range(-2**63, 2**63 - 2)))
# expect: True False
print(range(5) == range(0, 5, 1), range(0) == range(3, 1), range(1, 2, 5) == range(1, 3, 7))
# expect: True True True
