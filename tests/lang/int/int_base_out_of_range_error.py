print(int("1", 36))  # expect: 1
int("1", 37)         # expect runtime error: ValueError: int() base must be >= 2 and <= 36, or 0
