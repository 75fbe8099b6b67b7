# Regression (difftest): a float power that overflows raises OverflowError with CPython's two
# arguments (errno 34 and its text), not one string that looks like them.
try:
    1e300 ** 2
except OverflowError as e:
    print(e.args, repr(e))  # expect: (34, 'Numerical result out of range') OverflowError(34, 'Numerical result out of range')
print(1e200 * 1e200)  # expect: inf
10.0 ** 400  # expect runtime error: OverflowError: (34, 'Numerical result out of range')
