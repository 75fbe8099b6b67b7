def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

print(safe_div(6, 3), safe_div(1, 0))  # expect: 2.0 None
