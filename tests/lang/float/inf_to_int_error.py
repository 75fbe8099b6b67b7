print(int(1e300) > 0)
int(float("inf"))
# expect: True
# expect runtime error: OverflowError: cannot convert float infinity to integer
