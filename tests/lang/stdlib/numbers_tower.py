# numbers: the numeric tower; int and float are registered, so isinstance answers as in
# CPython, and a class that implements Integral gets the mixin methods.
import numbers
from fractions import Fraction

for value in [1, True, 2.5, Fraction(1, 2), "1", None]:
    print(repr(value), [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational,
                                                 numbers.Integral) if isinstance(value, cls)])
# expect: 1 ['Number', 'Complex', 'Real', 'Rational', 'Integral']
# expect: True ['Number', 'Complex', 'Real', 'Rational', 'Integral']
# expect: 2.5 ['Number', 'Complex', 'Real']
# expect: Fraction(1, 2) ['Number', 'Complex', 'Real', 'Rational']
# expect: '1' []
# expect: None []
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(Fraction, numbers.Real))
# expect: True False True


def halve(x):
    if not isinstance(x, numbers.Number):
        raise TypeError(f"not a number: {x!r}")
    return x / 2 if isinstance(x, numbers.Integral) else x * 0.5


print(halve(3), halve(Fraction(1, 3)), halve(0.5))  # expect: 1.5 0.16666666666666666 0.25
try:
    halve("x")
except TypeError as e:
    print(e)  # expect: not a number: 'x'


class Seven(numbers.Integral):
    def __int__(self): return 7
    def __pow__(self, exponent, modulus=None): return 7 ** exponent
    def __lshift__(self, other): return 7 << other
    def __rlshift__(self, other): return other << 7
    def __rshift__(self, other): return 7 >> other
    def __rrshift__(self, other): return other >> 7
    def __and__(self, other): return 7 & other
    def __rand__(self, other): return other & 7
    def __xor__(self, other): return 7 ^ other
    def __rxor__(self, other): return other ^ 7
    def __or__(self, other): return 7 | other
    def __ror__(self, other): return other | 7
    def __invert__(self): return ~7
    def __add__(self, other): return 7 + other
    def __radd__(self, other): return other + 7
    def __neg__(self): return -7
    def __pos__(self): return 7
    def __mul__(self, other): return 7 * other
    def __rmul__(self, other): return other * 7
    def __truediv__(self, other): return 7 / other
    def __rtruediv__(self, other): return other / 7
    def __rpow__(self, base): return base ** 7
    def __abs__(self): return 7
    def __eq__(self, other): return other == 7
    def __trunc__(self): return 7
    def __floor__(self): return 7
    def __ceil__(self): return 7
    def __round__(self, ndigits=None): return 7
    def __floordiv__(self, other): return 7 // other
    def __rfloordiv__(self, other): return other // 7
    def __mod__(self, other): return 7 % other
    def __rmod__(self, other): return other % 7
    def __lt__(self, other): return 7 < other
    def __le__(self, other): return 7 <= other


s = Seven()
print(float(s), s.numerator, s.denominator, s.real, s.imag, s.conjugate(), divmod(s, 2), s - 2, 10 - s, bool(s))
# expect: 7.0 7 1 7 0 7 (3, 1) 5 3 True
print(Fraction(s), Fraction(1, 2) + s, [0, 1, 2, 3, 4, 5, 6, 7, 8][s.__index__()], isinstance(s, numbers.Rational))
# expect: 7 15/2 7 True
try:
    numbers.Integral()
except TypeError as e:
    print(str(e)[:58])  # expect: Can't instantiate abstract class Integral with abstract me
print(sorted(numbers.Rational.__abstractmethods__))
# expect: ['__abs__', '__add__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__le__', '__lt__', '__mod__', '__mul__', '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rtruediv__', '__truediv__', '__trunc__', 'denominator', 'numerator']
print(len(numbers.Complex.__abstractmethods__), len(numbers.Integral.__abstractmethods__), numbers.Real.__hash__)
# expect: 16 34 None
