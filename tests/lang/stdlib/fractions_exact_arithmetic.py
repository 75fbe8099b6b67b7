# fractions.Fraction: exact rationals with CPython's reprs, arithmetic and messages.
import operator
from fractions import Fraction

print(Fraction(3, 6), Fraction(-4, -8), Fraction(6, -4), Fraction(), Fraction(7), repr(Fraction(1, 3)))
# expect: 1/2 1/2 -3/2 0 7 Fraction(1, 3)
print(Fraction("3/7"), Fraction(" -1.25 "), Fraction("1e-3"), Fraction("2.5E2"), Fraction(".5"), Fraction("1_000/3"))
# expect: 3/7 -5/4 1/1000 250 1/2 1000/3
print(Fraction(0.1), Fraction(1.5), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(True), Fraction(-0.0))
# expect: 3602879701896397/36028797018963968 3/2 2/3 1 0
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, (-a) ** -3)
# expect: 1/2 1/6 1/18 2 2 0 (2, Fraction(0, 1)) -1/3 1/3 1/3 1/9 9 -27
print(a + 1, 1 - a, 2 * a, 1 / a, a + 0.5, 0.5 * a, a ** 0.5, 2 ** Fraction(2), 4 ** Fraction(1, 2))
# expect: 4/3 2/3 2/3 3 0.8333333333333333 0.16666666666666666 0.5773502691896257 4 2.0
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, a < b, a > 0.3, a <= 1, sorted([a, 0.2, b, 1, Fraction(-1)]))
# expect: True False True False True True [Fraction(-1, 1), Fraction(1, 6), 0.2, Fraction(1, 3), 1]
print(Fraction(7, 2) // 2, Fraction(-7, 2) % 2, round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)))
# expect: 1 1/2 2 4 -2
print(round(Fraction(1234, 100), 1), round(Fraction(1234, 100), -1), int(Fraction(-7, 2)), float(Fraction(1, 3)))
# expect: 123/10 10 -3 0.3333333333333333
print(Fraction(-7, 2).__floor__(), Fraction(-7, 2).__ceil__(), Fraction(-7, 2).__trunc__(), bool(Fraction(0)))
# expect: -4 -3 -3 False
print(Fraction(355, 113).numerator, Fraction(355, 113).denominator, Fraction(6, 4).as_integer_ratio())
# expect: 355 113 (3, 2)
print(Fraction("3.141592653589793").limit_denominator(10), Fraction(3.141592653589793).limit_denominator(100))
# expect: 22/7 311/99
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(1, 3).limit_denominator(2))
# expect: 4321/8765 1/2
print(Fraction.from_float(0.1), Fraction.from_float(3), str(Fraction(3)), str(Fraction(-1, 2)), f"{Fraction(2, 3)}")
# expect: 3602879701896397/36028797018963968 3 3 -1/2 2/3
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(6, 3)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-1, 3)))
# expect: True True 1537228672809129301 -1537228672809129301
print({Fraction(1, 2): "half"}[0.5], len({Fraction(2), 2, 2.0}), sum([Fraction(1, n) for n in range(1, 7)]))
# expect: half 1 49/20
total = Fraction(0)
for _ in range(10):
    total += Fraction(1, 10)
print(total, total == 1, sum([0.1] * 10) == 1)  # expect: 1 True False
print(max(Fraction(1, 3), Fraction(2, 7)), min(0.3, Fraction(1, 3)), Fraction(10 ** 20, 3) * 3)
# expect: 1/3 0.3 100000000000000000000
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction("1/-2"), lambda: Fraction(1.5, 2),
            lambda: Fraction([1]), lambda: Fraction(float("nan")), lambda: Fraction(float("inf")),
            lambda: Fraction(5, 3) / 0, lambda: Fraction(1) // 0, lambda: Fraction(0) ** -1,
            lambda: Fraction(1, 2).limit_denominator(0), lambda: Fraction.from_float("x"),
            lambda: format(Fraction(1, 3), ".2f"), lambda: Fraction(1, 2) < "a"]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ValueError: Invalid literal for Fraction: 'abc'
# expect: ValueError: Invalid literal for Fraction: '1/-2'
# expect: TypeError: both arguments should be Rational instances
# expect: TypeError: argument should be a string or a Rational instance
# expect: ValueError: cannot convert NaN to integer ratio
# expect: OverflowError: cannot convert Infinity to integer ratio
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: Fraction(1, 0)
# expect: ValueError: max_denominator should be at least 1
# expect: TypeError: Fraction.from_float() only takes floats, not 'x' (str)
# expect: TypeError: unsupported format string passed to Fraction.__format__
# expect: TypeError: '<' not supported between instances of 'Fraction' and 'str'
print(operator.truediv(Fraction(3), 4), isinstance(Fraction(1), Fraction))  # expect: 3/4 True
