print(int(-3.9))   # expect: -3
int(float("nan"))  # expect runtime error: ValueError: cannot convert float NaN to integer
