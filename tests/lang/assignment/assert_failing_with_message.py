def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(3))  # expect: 3
check_positive(-2)        # expect runtime error: AssertionError: expected positive, got -2
