print(int(1e300) > 0)  # expect: True
int(float("inf"))  # expect runtime error: OverflowError: cannot convert float infinity to integer
