# bigint.py — arbitrary-precision integers: pi to 1000..4200 digits by Machin's and
# Euler's formulas in fixed point, plus a large factorial and Fibonacci number.


def arctan_inv(x, scale):
    # arctan(1/x) * scale, summing the series term by term.
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


checksum = 0
agree = True
for digits in range(1000, 4201, 200):
    scale = 10 ** (digits + 10)
    machin = str(4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale)) // 10 ** 10)
    # Euler's formula converges more slowly; both must agree on every digit kept.
    euler = str(4 * (arctan_inv(2, scale) + arctan_inv(3, scale)) // 10 ** 10)
    agree = agree and machin[:digits - 5] == euler[:digits - 5]
    checksum += sum([int(c) for c in machin])

f = 1
for k in range(2, 1401):
    f *= k
a, b = 0, 1
for _ in range(30_000):
    a, b = b, a + b

checksum += len(str(f)) + f % 1_000_003 + a % 999_983
print(machin[:12], agree, checksum)
