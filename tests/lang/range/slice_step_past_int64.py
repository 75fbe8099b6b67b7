# Regression (difftest): a range sliced with a step of -2**63 kept -(2**63 - 1), as a clamped
# slice of a list does; a range keeps the step exact. (A step past int64, which CPython also
# keeps, is an OverflowError in Edge: tests/difftest/FINDINGS.md, ranges are int64.)
print(range(5)[::-2**63], list(range(5)[::-2**63]))  # expect: range(4, -1, -9223372036854775808) [4]
print(range(10)[2**63:], range(10)[-2**70:3], range(-3, 9, 2)[::2**40])  # expect: range(10, 10) range(0, 3) range(-3, 9, 2199023255552)
