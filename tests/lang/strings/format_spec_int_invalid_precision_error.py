print(f"{5:d}")
print(f"{5:.2d}")
# expect: 5
# expect runtime error: ValueError: Precision not allowed in integer format specifier
