def risky(n):
    if n % 3 == 0:
        raise ValueError(f"{n} divisible by 3")
    return n

for n in range(1, 7):
    try:
        print(risky(n))
    except ValueError as e:
        print("skipped:", e)
# expect: 1
# expect: 2
# expect: skipped: 3 divisible by 3
# expect: 4
# expect: 5
# expect: skipped: 6 divisible by 3
