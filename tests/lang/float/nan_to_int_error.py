print(int(-3.9))
int(float("nan"))
# expect: -3
# expect runtime error: ValueError: cannot convert float NaN to integer
