def inv(x):
    return 1 / x

try:
    print([inv(x) for x in [1, 2, 0, 4]])
except ZeroDivisionError as e:
    print("comprehension failed:", e)  # expect: comprehension failed: division by zero
