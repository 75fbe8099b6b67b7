# pidigits.py — digits of pi by Gibbons' unbounded spigot: a linear fractional
# transformation (q, r, t) is composed with the series' terms k = 1, 2, ... and a digit is
# produced whenever the floors at x = 3 and x = 4 agree. Big-integer multiplication,
# addition and floor division do all the work; the numbers grow to thousands of digits.


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Compose with the next term (k, 4k + 2, 0, 2k + 1).
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
    return digits


digits = pi_digits(3400)
text = "".join(str(d) for d in digits)
for i in range(0, 50, 10):
    print(text[i:i + 10], "\t:", i + 10)
checksum = 0
for d in digits:
    checksum = (checksum * 31 + d) % 1_000_000_007
print(text[-10:], len(text))
print(checksum)
