print(f"{'x':>3}")  # expect:   x
print(f"{'x':+}")   # expect runtime error: ValueError: Sign not allowed in string format specifier
