print("x".center(5, "*"))
"x".center(5, "ab")
# expect: **x**
# expect runtime error: TypeError: The fill character must be exactly one character long
