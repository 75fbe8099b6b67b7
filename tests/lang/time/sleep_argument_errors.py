# time.sleep checks its argument as CPython does: no negative, NaN or endless sleep (an
# endless one would hang the host), and no text.
import time

for arg in [float("inf"), 1e10, 10**10, 2**70, float("nan"), -1, -0.5, "1"]:
    try:
        time.sleep(arg)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: OverflowError timestamp out of range for platform time_t
# expect: OverflowError timestamp out of range for platform time_t
# expect: OverflowError timestamp too large to convert to C _PyTime_t
# expect: OverflowError timestamp too large to convert to C _PyTime_t
# expect: ValueError Invalid value NaN (not a number)
# expect: ValueError sleep length must be non-negative
# expect: ValueError sleep length must be non-negative
# expect: TypeError 'str' object cannot be interpreted as an integer
time.sleep(0)
time.sleep(False)
print("slept")                                               # expect: slept
