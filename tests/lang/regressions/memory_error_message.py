# Regression: a MemoryError raised by the runtime carried a message ("repeated sequence
# too large") or an empty-string argument; CPython's has no arguments, so str(e) is '' and
# an uncaught one prints just "MemoryError".
try:
    [0, 1] * 2**62
except MemoryError as e:
    print(repr(e), e.args, str(e) == "", type(e).__name__)
try:
    (None,) * 2**62
except Exception as e:
    print(repr(e), isinstance(e, MemoryError))
print("then")
x = ["ab"] * 2**62
print("never")
# expect: MemoryError() () True MemoryError
# expect: MemoryError() True
# expect: then
# expect runtime error: MemoryError
