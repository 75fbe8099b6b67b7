def first_power_over(base, limit):
    n = 1
    steps = 0
    while steps < 10:
        n *= base
        steps += 1
        if n > limit:
            break
    else:
        return "gave up"
    return n

print(first_power_over(2, 100))  # expect: 128
print(first_power_over(1, 100))  # expect: gave up
