# Regression: a MemoryError raised by the runtime carried a message ("repeated sequence
# too large") or an empty-string argument; CPython's has no arguments, so str(e) is '' and
# an uncaught one prints just "MemoryError".
try:
    [0, 1] * 2**62
except MemoryError as e:
    print(repr(e), e.args, str(e) == "", type(e).__name__)
    # expect: MemoryError() () True MemoryError
try:
    (None,) * 2**62
except Exception as e:
    print(repr(e), isinstance(e, MemoryError))  # expect: MemoryError() True
print("then")                                   # expect: then
x = ["ab"] * 2**62                              # expect runtime error: MemoryError
print("never")
