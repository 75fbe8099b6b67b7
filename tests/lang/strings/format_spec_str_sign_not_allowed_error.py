print(f"{'x':>3}")
print(f"{'x':+}")
# expect:   x
# expect runtime error: ValueError: Sign not allowed in string format specifier
