def check_positive(n):
    if n <= 0:
        raise ValueError(f"{n} is not positive")
    return n

for n in [3, 0, -2]:
    try:
        print(check_positive(n))
    except ValueError as e:
        print("error:", e)
# expect: 3
# expect: error: 0 is not positive
# expect: error: -2 is not positive
