# fractions — CPython 3.11's Fraction for Edge Python, in plain Python
# (modules/README.md): exact rational numbers from ints, floats, strings and other
# Rationals, with CPython's reprs, arithmetic (mixed with int giving a Fraction, with
# float giving a float), comparisons, hashing (equal numbers hash alike across int,
# float and Fraction), rounding, limit_denominator and CPython's error messages.

import numbers

__all__ = ["Fraction"]

# The modulus and the hash of infinity of CPython's numeric hash (sys.hash_info).
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _gcd(a, b):
    a = -a if a < 0 else a
    b = -b if b < 0 else b
    while b:
        a, b = b, a % b
    return a


def _digits_end(s, i, n, underscores):
    """The end of a run of decimal digits at s[i:] (single underscores between digits
    when `underscores`), or -1 when there is none."""
    if i >= n or not s[i].isdecimal():
        return -1
    i += 1
    while i < n:
        if s[i].isdecimal():
            i += 1
        elif underscores and s[i] == "_" and i + 1 < n and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


# A string as (numerator, denominator), by the forms Fraction() reads: "3/7", "-1.5",
# "2e-3", " .5 ", digits with single underscores. None when it is none of them.
def _parse(text):
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    if not (i < n and (s[i].isdecimal() or (s[i] == "." and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    end = _digits_end(s, i, n, True)
    num = s[i:end] if end >= 0 else ""
    i = end if end >= 0 else i
    numerator = int(num.replace("_", "")) if num else 0
    denominator = 1
    if i < n and s[i] == "/":
        end = _digits_end(s, i + 1, n, True)
        if end < 0:
            return None
        denominator = int(s[i + 1:end].replace("_", ""))
        i = end
    else:
        if i < n and s[i] == ".":
            i += 1
            end = _digits_end(s, i, n, True)
            if end >= 0:
                decimal = s[i:end].replace("_", "")
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
                i = end
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            end = _digits_end(s, j, n, True)
            if end < 0:
                return None
            exp = int(s[i + 1:end].replace("_", ""))
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            i = end
    if i != n:
        return None
    return (-numerator if negative else numerator), denominator


# A Fraction from a numerator and a positive denominator already in lowest terms.
def _make(numerator, denominator):
    f = object.__new__(Fraction)
    f._numerator = numerator
    f._denominator = denominator
    return f


# n/d in lowest terms, the sign on the numerator; CPython's message for a zero d.
def _reduced(n, d):
    if d == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % n)
    g = _gcd(n, d)
    if d < 0:
        g = -g
    return _make(n // g, d // g)


def _isfinite(x):
    return x == x and x != float("inf") and x != float("-inf")


# ---- the exact operations on (numerator, denominator) pairs ----
# Each takes the left operand's pair, then the right one's.

def _add(n1, d1, n2, d2):
    return _reduced(n1 * d2 + n2 * d1, d1 * d2)


def _sub(n1, d1, n2, d2):
    return _reduced(n1 * d2 - n2 * d1, d1 * d2)


def _mul(n1, d1, n2, d2):
    return _reduced(n1 * n2, d1 * d2)


def _div(n1, d1, n2, d2):
    if n2 == 0:
        # CPython cancels common factors before it finds the zero: its message names
        # the numerator left then (the sign of n1 times d2 over gcd(d1, d2)).
        top = 0 if n1 == 0 else (1 if n1 > 0 else -1) * (d2 // _gcd(d1, d2))
        raise ZeroDivisionError("Fraction(%s, 0)" % top)
    return _reduced(n1 * d2, d1 * n2)


def _floordiv(n1, d1, n2, d2):
    return (n1 * d2) // (d1 * n2)


def _mod(n1, d1, n2, d2):
    return _reduced((n1 * d2) % (n2 * d1), d1 * d2)


def _divmod(n1, d1, n2, d2):
    quotient, rest = divmod(n1 * d2, d1 * n2)
    return quotient, _reduced(rest, d1 * d2)


# The forward and reflected methods of one operator. Forward: an int or a Fraction on the
# right is exact, a float makes the result a float. Reflected: any Rational on the left
# is exact, any other Real makes it a float. Anything else: NotImplemented.
def _operator(exact, inexact):
    def forward(self, other):
        if isinstance(other, (int, Fraction)):
            return exact(self._numerator, self._denominator, other.numerator, other.denominator)
        if isinstance(other, float):
            return inexact(float(self), other)
        return NotImplemented

    def reflected(self, other):
        if isinstance(other, numbers.Rational):
            left = Fraction(other)
            return exact(left._numerator, left._denominator, self._numerator, self._denominator)
        if isinstance(other, numbers.Real):
            return inexact(float(other), float(self))
        return NotImplemented

    return forward, reflected


# round() to a whole number, halves to the even neighbour.
def _round_half_even(n, d):
    whole, rest = divmod(n, d)
    if 2 * rest > d or (2 * rest == d and whole % 2 == 1):
        whole += 1
    return whole


class Fraction(numbers.Rational):
    """An exact rational number, always kept in lowest terms with a positive denominator.

    Fraction(n, d) takes two Rationals (ints, Fractions), Fraction(x) one Rational, a
    float (exactly: Fraction(0.1) is not 1/10), or a string such as '3/7', '-1.25' or
    '2e-3'; Fraction() is 0."""

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            n, d = _one_argument(numerator)
            if d is None:
                self = object.__new__(cls)
                self._numerator, self._denominator = n
                return self
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            # (a/b) / (c/e) is (a*e) / (c*b).
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        if _normalize:
            g = _gcd(n, d)
            if d < 0:
                g = -g
            n, d = n // g, d // g
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is taken too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (Edge Python has none yet: an int is taken)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator): two ints, the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to this one whose denominator is at most max_denominator
        (this one when its denominator fits)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        return _nearest(self, max_denominator)

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        # 3.11's Fraction has no format of its own: object's, which takes only "".
        if format_spec:
            raise TypeError("unsupported format string passed to %s.__format__" % type(self).__name__)
        return str(self)

    # ---- arithmetic ----

    __add__, __radd__ = _operator(_add, lambda x, y: x + y)
    __sub__, __rsub__ = _operator(_sub, lambda x, y: x - y)
    __mul__, __rmul__ = _operator(_mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _operator(_div, lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _operator(_floordiv, lambda x, y: x // y)
    __mod__, __rmod__ = _operator(_mod, lambda x, y: x % y)
    __divmod__, __rdivmod__ = _operator(_divmod, divmod)

    def __pow__(self, other):
        # An integral power stays exact; any other exponent goes through floats.
        if not isinstance(other, numbers.Rational):
            return float(self) ** other
        if other.denominator != 1:
            return float(self) ** float(other)
        power = other.numerator
        n, d = self._numerator, self._denominator
        if power < 0:
            # The reciprocal, its sign moved to the numerator; 0 ** -k has no value.
            n, d, power = (d, n, -power) if n >= 0 else (-d, -n, -power)
            if d == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % n ** power)
        return _make(n ** power, d ** power)

    def __rpow__(self, base):
        whole = self._denominator == 1
        # A Rational base goes exact unless the exponent is a whole k >= 0 (an int base
        # then stays an int); otherwise the exponent is an int when whole, else a float.
        if isinstance(base, numbers.Rational) and not (whole and self._numerator >= 0):
            return Fraction(base.numerator, base.denominator) ** self
        return base ** (self._numerator if whole else float(self))

    # The unary operators give a plain Fraction, also for a subclass.
    def __pos__(self):
        return _make(self._numerator, self._denominator)

    def __neg__(self):
        return _make(-self._numerator, self._denominator)

    def __abs__(self):
        return _make(abs(self._numerator), self._denominator)

    # ---- to integers and floats ----

    def __trunc__(self):
        whole = abs(self._numerator) // self._denominator
        return whole if self._numerator >= 0 else -whole

    __int__ = __trunc__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        # Rounded to a multiple of 10 ** -ndigits, as a Fraction.
        scale = 10 ** abs(ndigits)
        if ndigits >= 0:
            return Fraction(_round_half_even(self._numerator * scale, self._denominator), scale)
        return Fraction(_round_half_even(self._numerator, self._denominator * scale) * scale)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    # ---- hashing and comparisons ----

    def __hash__(self):
        # The hash every Python number has (the library reference, "Hashing of numeric
        # types"): |n| / d reduced modulo the prime P = 2**61 - 1, by d's inverse, the
        # sign put back; inf's hash when P divides d. So a Fraction equal to an int or a
        # float hashes as that does.
        n, d = self._numerator, self._denominator
        if d % _HASH_MODULUS == 0:
            value = _HASH_INF
        else:
            value = abs(n) % _HASH_MODULUS * pow(d, _HASH_MODULUS - 2, _HASH_MODULUS) % _HASH_MODULUS
        if n < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(self, other):
        if type(other) is int:
            return self._numerator == other and self._denominator == 1
        if isinstance(other, numbers.Rational):
            return self._numerator == other.numerator and self._denominator == other.denominator
        if isinstance(other, float):
            # Every finite Fraction is unequal to inf and nan.
            return _isfinite(other) and self == Fraction.from_float(other)
        return NotImplemented

    # The two sides an ordering compares: cross products against a Rational, 0.0 and the
    # float for an infinity or a nan (any finite value sits as 0.0 does), the float's
    # exact value otherwise; None when `other` is none of these.
    def _sides(self, other):
        if isinstance(other, numbers.Rational):
            return self._numerator * other.denominator, self._denominator * other.numerator
        if isinstance(other, float):
            return (self, Fraction.from_float(other)) if _isfinite(other) else (0.0, other)
        return None

    def __lt__(self, other):
        sides = self._sides(other)
        return NotImplemented if sides is None else sides[0] < sides[1]

    def __le__(self, other):
        sides = self._sides(other)
        return NotImplemented if sides is None else sides[0] <= sides[1]

    def __gt__(self, other):
        sides = self._sides(other)
        return NotImplemented if sides is None else sides[0] > sides[1]

    def __ge__(self, other):
        sides = self._sides(other)
        return NotImplemented if sides is None else sides[0] >= sides[1]

    # ---- copying: a Fraction is immutable, a subclass may not be ----

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


# Fraction(x) with one argument: ((n, d), None) to store as they are, or (n, d) still to
# reduce (a string).
def _one_argument(value):
    if type(value) is int:
        return (value, 1), None
    if isinstance(value, numbers.Rational):
        return (value.numerator, value.denominator), None
    if isinstance(value, float):
        return value.as_integer_ratio(), None
    if isinstance(value, str):
        parsed = _parse(value)
        if parsed is None:
            raise ValueError("Invalid literal for Fraction: %r" % value)
        return parsed
    raise TypeError("argument should be a string or a Rational instance")


# limit_denominator's search. The continued fraction of x = n/d gives convergents
# h/k, each closer to x; stop at the last one whose k fits. The best answer is either
# that convergent or the semiconvergent (h_prev + t*h) / (k_prev + t*k) with the largest
# t that still fits; on a tie, the convergent.
def _nearest(x, limit):
    h_prev, k_prev, h, k = 0, 1, 1, 0
    n, d = x._numerator, x._denominator
    while True:
        term = n // d
        if k_prev + term * k > limit:
            break
        h_prev, k_prev, h, k = h, k, h_prev + term * h, k_prev + term * k
        n, d = d, n - term * d
    t = (limit - k_prev) // k
    semi = _reduced(h_prev + t * h, k_prev + t * k)
    convergent = _reduced(h, k)
    return convergent if abs(convergent - x) <= abs(semi - x) else semi
