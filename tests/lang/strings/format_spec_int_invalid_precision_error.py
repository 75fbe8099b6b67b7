print(f"{5:d}")  # expect: 5
print(f"{5:.2d}")
# expect runtime error: ValueError: Precision not allowed in integer format specifier
