# bignum.py — arbitrary-precision integers: factorials, powers, and digits of e.


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digit_sum(n):
    return sum([int(c) for c in str(n)])


f100 = factorial(100)
print(f"100! has {len(str(f100))} digits, digit sum {digit_sum(f100)}")
print(f"100! ends with {len(str(f100)) - len(str(f100).rstrip('0'))} zeros")
print(f"2 ** 200 = {2 ** 200}")
print(f"3 ** 100 % 1_000_007 = {3 ** 100 % 1_000_007}, pow() agrees: {pow(3, 100, 1_000_007)}")
print(f"-(7 ** 40) // 3 = {-(7 ** 40) // 3}")
print(f"(10 ** 30 + 7) * (10 ** 30 - 7) = {(10 ** 30 + 7) * (10 ** 30 - 7)}")

# 60 digits of e from the series sum 1/k!, computed in fixed point with integers only.
DIGITS = 60
scale = 10 ** (DIGITS + 5)
term = scale
e = 0
k = 0
while term > 0:
    e += term
    k += 1
    term //= k
e_str = str(e // 10 ** 5)
print(f"e = {e_str[0]}.{e_str[1:]}")

# Fibonacci numbers grow past 64 bits quickly.
a, b = 0, 1
n = 0
while len(str(a)) < 50:
    a, b = b, a + b
    n += 1
print(f"the first Fibonacci number with 50 digits is fib({n}) = {a}")
print(f"hex: {a:x}")
