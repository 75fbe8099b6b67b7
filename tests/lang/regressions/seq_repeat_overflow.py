# Regression: list and tuple repetition computed len * n in 64 bits, so [1, 2, 3, 4] * 2**62
# wrapped to an empty list and then copied past its end, and [] * 2**62 looped 2**62 times.
# A result past the index range is a MemoryError; a count past it an OverflowError.
for seq in ([1, 2, 3, 4], (1, 2), [None], (0,) * 8):
    for n in (2**62, 2**61):
        try:
            seq * n
            print("no error")
        except MemoryError as e:
            print("MemoryError", repr(str(e)))
# expect: MemoryError ''
# expect: MemoryError ''
# expect: MemoryError ''
# expect: MemoryError ''
# expect: MemoryError ''
# expect: MemoryError ''
# expect: MemoryError ''
# expect: MemoryError ''
try:
    2**62 * [1, 2]
except MemoryError:
    print("MemoryError reflected")  # expect: MemoryError reflected
x = [1, 2]
try:
    x *= 2**62
except MemoryError:
    print("MemoryError in place", x)                    # expect: MemoryError in place [1, 2]
print([] * 2**62, () * 2**62, repr("" * 2**62))         # expect: [] () ''
print([7] * 0, (7,) * -2**62, [1, 2] * 3, (1,) * True)  # expect: [] () [1, 2, 1, 2, 1, 2] (1,)
try:
    "ab" * 2**62
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: repeated string is too long


class Huge:
    def __index__(self):
        return 2**63


for seq in ([1], (1,), "ab"):
    for n in (2**63, -2**64, Huge()):
        try:
            seq * n
        except OverflowError as e:
            print(type(seq).__name__, "OverflowError:", e)
# expect: list OverflowError: cannot fit 'int' into an index-sized integer
# expect: list OverflowError: cannot fit 'int' into an index-sized integer
# expect: list OverflowError: cannot fit 'Huge' into an index-sized integer
# expect: tuple OverflowError: cannot fit 'int' into an index-sized integer
# expect: tuple OverflowError: cannot fit 'int' into an index-sized integer
# expect: tuple OverflowError: cannot fit 'Huge' into an index-sized integer
# expect: str OverflowError: cannot fit 'int' into an index-sized integer
# expect: str OverflowError: cannot fit 'int' into an index-sized integer
# expect: str OverflowError: cannot fit 'Huge' into an index-sized integer
