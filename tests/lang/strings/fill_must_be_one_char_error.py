print("x".center(5, "*"))  # expect: **x**
"x".center(5, "ab")
# expect runtime error: TypeError: The fill character must be exactly one character long
