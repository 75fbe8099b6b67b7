# math — CPython's math module for Edge Python (modules/README.md).
# The float functions and the constants are native (math.wasm) and re-exported as they
# are, so a call costs what a native call costs. The rest is Python: integer functions,
# because ints cross the native boundary as 48 bits and these take ints of any size;
# functions that take iterables or return tuples, which the ABI cannot pass.

from "./math.wasm" import pi, e, tau, inf, nan
from "./math.wasm" import sqrt, cbrt, exp, exp2, expm1, log, log2, log10, log1p, pow
from "./math.wasm" import sin, cos, tan, asin, acos, atan, atan2
from "./math.wasm" import sinh, cosh, tanh, asinh, acosh, atanh
from "./math.wasm" import fabs, fmod, copysign, remainder, nextafter, ulp, ldexp
from "./math.wasm" import degrees, radians, erf, erfc, isfinite, isnan, isinf
from "./math.wasm" import hypot as _hypot2, _frexp_mantissa, _frexp_exponent


def _index(x):
    if isinstance(x, int):
        return int(x)
    raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")


# A number for the functions written here: an int or a float as it is, anything else by
# its __float__ (or __index__), as CPython converts arguments (a Fraction, a Decimal).
def _real(x):
    if isinstance(x, (int, float)):
        return x
    method = getattr(type(x), "__float__", None)
    if method is None:
        method = getattr(type(x), "__index__", None)
    if method is None:
        raise TypeError("must be real number, not " + type(x).__name__)
    return method(x)


# floor, ceil and trunc return ints of any size. floor (up=False) and ceil (up=True):
# ints as they are, an object by its own __floor__/__ceil__ when it has one, anything
# else through its float; int() truncates and raises CPython's errors for NaN and the
# infinities.
def _whole(x, hook, up):
    if isinstance(x, int):
        return int(x)
    if not isinstance(x, float):
        method = getattr(type(x), hook, None)
        if method is not None:
            return method(x)
        x = float(_real(x))
    i = int(x)
    if up:
        return i + 1 if i < x else i
    return i - 1 if i > x else i


def floor(x):
    return _whole(x, "__floor__", False)


def ceil(x):
    return _whole(x, "__ceil__", True)


def trunc(x):
    if isinstance(x, (int, float)):
        return int(x)
    method = getattr(type(x), "__trunc__", None)
    if method is None:
        raise TypeError("type " + type(x).__name__ + " doesn't define __trunc__ method")
    return method(x)


def factorial(n):
    n = _index(n)
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    return _product(1, n)


# The product of the ints in [lo, hi], split in halves so the big multiplications get
# balanced operands.
def _product(lo, hi):
    if hi - lo < 8:
        r = 1
        for i in range(max(lo, 1), hi + 1):
            r *= i
        return r
    mid = (lo + hi) // 2
    return _product(lo, mid) * _product(mid + 1, hi)


def gcd(*integers):
    r = 0
    for x in integers:
        x = abs(_index(x))
        while x:
            r, x = x, r % x
    return r


def lcm(*integers):
    if not integers:
        return 1
    r = abs(_index(integers[0]))
    for x in integers[1:]:
        x = _index(x)
        if r == 0 or x == 0:
            r = 0
        else:
            r = abs(r // gcd(r, x) * x)
    return r


# CPython's isqrt: Newton's method on the top bits, doubling the precision each step.
def isqrt(n):
    n = _index(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    c = (n.bit_length() - 1) // 2
    a = 1
    d = 0
    for s in reversed(range(c.bit_length())):
        e = d
        d = c >> s
        a = (a << d - e - 1) + (n >> 2 * c - e - d + 1) // a
    return a - (a * a > n)


def comb(n, k):
    n = _index(n)
    k = _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


def perm(n, k=None):
    if k is None:
        return factorial(n)
    n = _index(n)
    k = _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    return _product(n - k + 1, n) if k else 1


def prod(iterable, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r


# CPython's fsum: Shewchuk's exact partial sums, then a correctly rounded total.
def fsum(iterable):
    partials = []
    special_sum = 0.0
    inf_sum = 0.0
    for item in iterable:
        x = float(_real(item))
        xsave = x
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        if x != 0.0:
            if not isfinite(x):
                # An overflow of finite summands, or an inf or a nan among them.
                if isfinite(xsave):
                    raise OverflowError("intermediate overflow in fsum")
                if isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                del partials[:]
            else:
                partials.append(x)
    if special_sum != 0.0:
        if isnan(inf_sum):
            raise ValueError("-inf + inf in fsum")
        return special_sum
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                break
        # Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            if y == x - hi:
                hi = x
    return hi


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _real(a)
    b = _real(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = fabs(b - a)
    return diff <= fabs(rel_tol * b) or diff <= fabs(rel_tol * a) or diff <= abs_tol


def frexp(x):
    return (_frexp_mantissa(x), _frexp_exponent(x))


def modf(x):
    x = float(_real(x))
    if isinf(x):
        return (copysign(0.0, x), x)
    if isnan(x):
        return (x, x)
    whole = copysign(float(int(x)), x)
    return (copysign(x - whole, x), whole)


# hypot and dist as CPython's vector_norm: exact squares (Dekker) summed in two parts.
def _split(x):
    t = x * 134217729.0
    hi = t - (t - x)
    return hi, x - hi


def _mul(x, y):
    xh, xl = _split(x)
    yh, yl = _split(y)
    p = xh * yh
    q = xh * yl + xl * yh
    z = p + q
    return z, p - z + q + xl * yl


def _vector_norm(vec, max, found_nan):
    if isinf(max):
        return max
    if found_nan:
        return nan
    if max == 0.0 or len(vec) <= 1:
        return max
    max_e = _frexp_exponent(max)
    if max_e < -1023:
        tiny = 2.2250738585072014e-308
        return tiny * _vector_norm([x / tiny for x in vec], max / tiny, found_nan)
    scale = ldexp(1.0, -max_e)
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    for x in vec:
        x *= scale
        hi, lo = _mul(x, x)
        s = csum + hi
        frac2 += (csum - s) + hi
        csum = s
        frac1 += lo
    h = sqrt(csum - 1.0 + (frac1 + frac2))
    hi, lo = _mul(-h, h)
    s = csum + hi
    frac2 += (csum - s) + hi
    csum = s
    frac1 += lo
    x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale


def _norm(coordinates):
    vec = []
    max = 0.0
    found_nan = False
    for x in coordinates:
        x = fabs(_real(x))
        vec.append(x)
        found_nan = found_nan or isnan(x)
        if x > max:
            max = x
    return _vector_norm(vec, max, found_nan)


def hypot(*coordinates):
    if len(coordinates) == 2:
        return _hypot2(coordinates[0], coordinates[1])
    return _norm(coordinates)


def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    return _norm([_real(x) - _real(y) for x, y in zip(p, q)])
