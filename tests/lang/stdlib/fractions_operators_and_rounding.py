# fractions: the reflected operators (an int or a float on the left), exact integral
# powers, rounding halves to even at any number of digits, hashes equal to the int's and
# the float's, and the messages of the errors.
from fractions import Fraction as F
import math

x, y = F(3, 4), F(-5, 6)
print(2 + x, 2 - x, 2 * y, 2 / y, 2 // y, 2 % y, divmod(2, y), 0.5 + x, 0.5 // y, 1.5 % x)
# expect: 11/4 5/4 -5/3 -12/5 -3 -1/2 (-3, Fraction(-1, 2)) 1.25 -1.0 0.0
print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y), x ** 2, y ** -3, x ** -1, 2 ** F(3), 2 ** F(-1))
# expect: -1/12 19/12 -5/8 -9/10 -1 -1/12 (-1, Fraction(-1, 12)) 9/16 -216/125 4/3 8 1/2
print(x < 1, y >= -1, x == 0.75, x > 0.7, 1 < x, 0.8 > x, x < float("inf"), x > float("nan"), x == float("nan"))
# expect: True True True True False True True False False
for v in [F(7, 2), F(5, 2), F(-7, 2), F(-5, 2), F(1, 3), F(12345, 100), F(-25, 1000)]:
    print(round(v), round(v, 1), round(v, -1), int(v), math.floor(v), math.ceil(v), math.trunc(v), float(v))
    # expect: 4 7/2 0 3 3 4 3 3.5
    # expect: 2 5/2 0 2 2 3 2 2.5
    # expect: -4 -7/2 0 -3 -4 -3 -3 -3.5
    # expect: -2 -5/2 0 -2 -3 -2 -2 -2.5
    # expect: 0 3/10 0 0 0 1 0 0.3333333333333333
    # expect: 123 617/5 120 123 123 124 123 123.45
    # expect: 0 0 0 0 -1 0 0 -0.025
print(hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10 ** 30, 7)))
# expect: True True 1537228672809129301 -1537228672809129301 395871670681776951
print(F("3.141592653589793").limit_denominator(10), F("3.141592653589793").limit_denominator(100),
# expect: 22/7 311/99 4321/8765 0 1/2
      F(4321, 8765).limit_denominator(10000), F(1, 2).limit_denominator(1), F(201, 400).limit_denominator(3))
for bad in [lambda: F(0) ** -1, lambda: F(1, 0), lambda: F(3, 4) / 0, lambda: 0 / F(0), lambda: F(6, 9) / F(0, 5),
            lambda: F("1_"), lambda: F(1.5, 2), lambda: F([]), lambda: F(float("nan")), lambda: F(float("inf")),
            lambda: F.from_float("x"), lambda: F(1, 2).limit_denominator(0), lambda: format(F(1, 2), "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(0, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ValueError Invalid literal for Fraction: '1_'
        # expect: TypeError both arguments should be Rational instances
        # expect: TypeError argument should be a string or a Rational instance
        # expect: ValueError cannot convert NaN to integer ratio
        # expect: OverflowError cannot convert Infinity to integer ratio
        # expect: TypeError Fraction.from_float() only takes floats, not 'x' (str)
        # expect: ValueError max_denominator should be at least 1
        # expect: TypeError unsupported format string passed to Fraction.__format__


class Half(F):
    pass


h = Half(1, 2)
print(repr(h), repr(h + 1), repr(1 - h), repr(-h), repr(abs(h)), type(h.__copy__()).__name__, h.__reduce__())
# expect: Half(1, 2) Fraction(3, 2) Fraction(1, 2) Fraction(-1, 2) Fraction(1, 2) Half (<class '__main__.Half'>, (1, 2))
