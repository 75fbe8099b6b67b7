def safe_divide(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            pass

print(list(safe_divide([(4, 2), (1, 0), (9, 3)])))  # expect: [2.0, 3.0]
