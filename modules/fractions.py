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


def _make(numerator, denominator):
    """A Fraction of a numerator and a positive denominator already in lowest terms."""
    f = object.__new__(Fraction)
    f._numerator = numerator
    f._denominator = denominator
    return f


def _reduced(numerator, denominator):
    if denominator == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
    g = _gcd(numerator, denominator)
    if denominator < 0:
        g = -g
    return _make(numerator // g, denominator // g)


# n/d divided by 0/e: CPython's message names the numerator its division would have
# made, after cancelling common factors.
def _divided_by_zero(n, d, e):
    if n:
        n = 1 if n > 0 else -1
        e //= _gcd(e, d)
    raise ZeroDivisionError("Fraction(%s, 0)" % (n * e))


def _isfinite(x):
    return x == x and x != float("inf") and x != float("-inf")


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction) or (not isinstance(numerator, (str, float))
                                                   and isinstance(numerator, numbers.Rational)):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # The continued fraction of self, to the last convergent whose denominator fits;
        # then the better of it and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = _reduced(p0 + k * p1, q0 + k * q1)
        bound2 = _reduced(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        if format_spec:
            raise TypeError("unsupported format string passed to %s.__format__" % type(self).__name__)
        return str(self)

    # ---- arithmetic: with an int or a Rational exactly, with a float as floats ----

    def _operands(a, b):
        """(numerator, denominator) of b, or None when b is no Rational."""
        if isinstance(b, int):
            return int(b), 1
        if isinstance(b, Fraction):
            return b._numerator, b._denominator
        if not isinstance(b, (float, str)) and isinstance(b, numbers.Rational):
            return b.numerator, b.denominator
        return None

    def __add__(a, b):
        """a + b"""
        nd = a._operands(b)
        if nd is not None:
            return _reduced(a._numerator * nd[1] + nd[0] * a._denominator, a._denominator * nd[1])
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        """a + b"""
        nd = b._operands(a)
        if nd is not None:
            return _reduced(nd[0] * b._denominator + b._numerator * nd[1], nd[1] * b._denominator)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return float(a) + float(b)
        return NotImplemented

    def __sub__(a, b):
        """a - b"""
        nd = a._operands(b)
        if nd is not None:
            return _reduced(a._numerator * nd[1] - nd[0] * a._denominator, a._denominator * nd[1])
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        """a - b"""
        nd = b._operands(a)
        if nd is not None:
            return _reduced(nd[0] * b._denominator - b._numerator * nd[1], nd[1] * b._denominator)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return float(a) - float(b)
        return NotImplemented

    def __mul__(a, b):
        """a * b"""
        nd = a._operands(b)
        if nd is not None:
            return _reduced(a._numerator * nd[0], a._denominator * nd[1])
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        """a * b"""
        nd = b._operands(a)
        if nd is not None:
            return _reduced(nd[0] * b._numerator, nd[1] * b._denominator)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return float(a) * float(b)
        return NotImplemented

    def __truediv__(a, b):
        """a / b"""
        nd = a._operands(b)
        if nd is not None:
            if nd[0] == 0:
                _divided_by_zero(a._numerator, a._denominator, nd[1])
            return _reduced(a._numerator * nd[1], a._denominator * nd[0])
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        """a / b"""
        nd = b._operands(a)
        if nd is not None:
            if b._numerator == 0:
                _divided_by_zero(nd[0], nd[1], b._denominator)
            return _reduced(nd[0] * b._denominator, nd[1] * b._numerator)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return float(a) / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        """a // b"""
        nd = a._operands(b)
        if nd is not None:
            return (a._numerator * nd[1]) // (a._denominator * nd[0])
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        """a // b"""
        nd = b._operands(a)
        if nd is not None:
            return (nd[0] * b._denominator) // (nd[1] * b._numerator)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return float(a) // float(b)
        return NotImplemented

    def __divmod__(a, b):
        """(a // b, a % b)"""
        nd = a._operands(b)
        if nd is not None:
            da, db = a._denominator, nd[1]
            div, n_mod = divmod(a._numerator * db, da * nd[0])
            return div, _reduced(n_mod, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        """(a // b, a % b)"""
        nd = b._operands(a)
        if nd is not None:
            da, db = nd[1], b._denominator
            div, n_mod = divmod(nd[0] * db, da * b._numerator)
            return div, _reduced(n_mod, da * db)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return divmod(float(a), float(b))
        return NotImplemented

    def __mod__(a, b):
        """a % b"""
        nd = a._operands(b)
        if nd is not None:
            da, db = a._denominator, nd[1]
            return _reduced((a._numerator * db) % (nd[0] * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        """a % b"""
        nd = b._operands(a)
        if nd is not None:
            da, db = nd[1], b._denominator
            return _reduced((nd[0] * db) % (b._numerator * da), da * db)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return float(a) % float(b)
        return NotImplemented

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.

        """
        nd = a._operands(b)
        if nd is not None:
            if nd[1] == 1:
                power = nd[0]
                if power >= 0:
                    return _make(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
                if a._numerator > 0:
                    return _make(a._denominator ** -power, a._numerator ** -power)
                return _make((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** (nd[0] / nd[1])
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # If a is an int, keep it that way if possible.
            return a ** b._numerator
        nd = b._operands(a)
        if nd is not None:
            return _reduced(nd[0], nd[1]) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            # Deal with the half case:
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        """float(a)"""
        return a._numerator / a._denominator

    def __hash__(self):
        """hash(self)"""
        # As CPython hashes every number: numerator * (1/denominator) modulo 2**61 - 1,
        # so that a Fraction equal to an int or a float hashes as it does.
        d = self._denominator % _HASH_MODULUS
        if d == 0:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * pow(d, _HASH_MODULUS - 2, _HASH_MODULUS))
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if not _isfinite(b):
                # comparisons with an infinite or nan should behave in the same way for
                # any finite a, so treat a as zero.
                return 0.0 == b
            return a == a.from_float(b)
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        return NotImplemented

    def _richcmp(self, other, op):
        """Helper for comparison operators, for internal use only."""
        nd = self._operands(other)
        if nd is not None:
            return op(self._numerator * nd[1], self._denominator * nd[0])
        if isinstance(other, float):
            if not _isfinite(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, _gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, _le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, _ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self  # I'm immutable; therefore I am my own clone
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self  # My components are also immutable
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b
