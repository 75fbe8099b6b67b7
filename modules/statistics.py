# statistics — the statistics functions of CPython 3.11 for Edge Python, in plain Python
# (modules/README.md): averages (mean, fmean, geometric_mean, harmonic_mean, the medians,
# mode, multimode, quantiles), spread (variance, pvariance, stdev, pstdev), two-variable
# relations (covariance, correlation, linear_regression) and NormalDist.
#
# Results are CPython's to the last digit. The library reference promises exact
# arithmetic for mean, the variances and the standard deviations, so those sum every
# value exactly (as a ratio of ints) and round once at the end, into the type the data
# have in common; stdev and pstdev are correctly rounded square roots of the exact
# variance. The float functions (fmean, correlation, ...) sum with math.fsum.
#
# There is no Decimal in Edge Python yet, so its paths are missing, and
# NormalDist.samples(seed=...) waits for random.Random.

import math
import random
from collections import Counter, namedtuple
from fractions import Fraction
from numbers import Real

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high",
           "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# ---- exact sums ----

# x as a pair of ints (numerator, denominator); for a float inf or nan, which have no
# ratio, (x, None).
def _ratio(x):
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return x, None
    except AttributeError:
        pass
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


# The type a result takes when the data mix types T and S: int and bool give way to
# anything, a subclass wins over its base, float wins over Fraction.
def _result_type(T, S):
    if T is S or S is int or S is bool:
        return T
    if T is int or issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    for mine, theirs in ((T, S), (S, T)):
        if issubclass(mine, int):
            return theirs
    for mine, theirs in ((T, S), (S, T)):
        if issubclass(mine, Fraction) and issubclass(theirs, float):
            return theirs
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


# An exact running sum: the total as one unreduced ratio over a denominator that grows
# only when a value needs it (the floats' denominators are powers of two, so it stays
# the largest one seen). Also the count, the types in order of appearance, and, once an
# inf or a nan arrives, their float sum, which then is the answer.
class _Sum:
    def __init__(self, squares=False):
        self.count = 0
        self.types = []
        self.top, self.bottom = 0, 1
        self.squares = (0, 1) if squares else None
        self.special = None

    def add(self, x):
        kind = type(x)
        if kind not in self.types:
            self.types.append(kind)
        n, d = _ratio(x)
        self.count += 1
        if d is None:
            self.special = x if self.special is None else self.special + x
            return
        self.top, self.bottom = _plus(self.top, self.bottom, n, d)
        if self.squares is not None:
            self.squares = _plus(*self.squares, n * n, d * d)

    def total(self):
        if self.special is not None:
            return self.special
        return Fraction(self.top, self.bottom)

    # The type of the result; checked only after the data were all read, as CPython does.
    def result_type(self):
        T = int
        for S in self.types:
            T = _result_type(T, S)
        return T


# a/b + c/d, over the least common denominator.
def _plus(a, b, c, d):
    if b % d == 0:
        return a + c * (b // d), b
    if d % b == 0:
        return a * (d // b) + c, d
    g = math.gcd(b, d)
    return a * (d // g) + c * (b // g), b // g * d


def _summed(values):
    acc = _Sum()
    for x in values:
        acc.add(x)
    return acc


# (result type, exact sum of squared deviations, the centre, count). Given a centre c,
# the deviations x - c are computed in the data's own arithmetic, as CPython does; without
# one, the centre is the exact mean and the sum is exact: sum(x*x) - sum(x)**2 / n.
def _deviations(data, c=None):
    if c is not None:
        acc = _summed((x - c) * (x - c) for x in data)
        return acc.result_type(), acc.total(), c, acc.count
    acc = _Sum(squares=True)
    for x in data:
        acc.add(x)
    n = acc.count
    if n == 0:
        ss = centre = Fraction(0)
    elif acc.special is not None:
        ss = centre = acc.special
    else:
        sx = acc.total()
        ss = Fraction(*acc.squares) - sx * sx / n
        centre = sx / n
    return acc.result_type(), ss, centre, n


# An exact value in type T: a non-integral result of integer data becomes a float.
def _as_type(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        return float(value)
    return T(value)


# sqrt(n / m) as a float, correctly rounded. The root is found as an integer with at
# least 60 significant bits (isqrt of the fraction scaled by a power of four), its last
# bit made 1 when the root was not exact; converting that to a float rounds once, and
# with that many bits the one rounding is the correct one.
def _sqrt_ratio(n, m):
    if n == 0:
        return 0.0
    shift = (120 - (n.bit_length() - m.bit_length())) // 2
    if shift >= 0:
        scaled_n, scaled_m = n << (2 * shift), m
    else:
        scaled_n, scaled_m = n, m << (-2 * shift)
    root = math.isqrt(scaled_n // scaled_m)
    if root * root * scaled_m != scaled_n:
        root |= 1
    if shift >= 0:
        return root / (1 << shift)
    return float(root << -shift)


def _nonnegative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# ---- averages ----

def mean(data):
    """The arithmetic mean of data, computed exactly, in the data's type."""
    acc = _summed(data)
    if acc.count < 1:
        raise StatisticsError("mean requires at least one data point")
    return _as_type(acc.total() / acc.count, acc.result_type())


def fmean(data, weights=None):
    """The arithmetic mean as a float (faster than mean()); weights make it a weighted
    mean."""
    data = list(data)
    if weights is None:
        total = math.fsum(data)
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        return total / len(data)
    weights = list(weights)
    weighted = math.fsum([x * w for x, w in zip(data, weights)])
    if len(data) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError("sum of weights must be non-zero")
    return weighted / total_weight


def geometric_mean(data):
    """The geometric mean as a float: exp of the mean of the logarithms."""
    try:
        # The native log takes floats and 48-bit ints: every other number goes as a float
        # (what CPython's log does with an int that fits a float).
        logs = [math.log(x if type(x) is float else float(x)) for x in data]
        return math.exp(fmean(logs))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


# An iterator read into a list (it is read more than once); a sequence as it is.
def _listed(values):
    return list(values) if iter(values) is values else values


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean: the reciprocal of the mean of the reciprocals."""
    negative = "harmonic mean does not support negative values"
    data = _listed(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, Real):
            raise TypeError("unsupported type")
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights, total_weight = [1] * n, n
    else:
        weights = _listed(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        total_weight = _summed(_nonnegative(weights, negative)).total()
    try:
        # A zero value makes the harmonic mean 0 (unless its weight is 0 too).
        acc = _summed(w / x if w else 0 for w, x in zip(weights, _nonnegative(data, negative)))
    except ZeroDivisionError:
        return 0
    reciprocals = acc.total()
    if reciprocals <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _as_type(total_weight / reciprocals, acc.result_type())


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half] if odd else (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    ordered = _sorted_or_fail(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    ordered = _sorted_or_fail(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """The median of data binned in classes of width `interval` centred on the values,
    interpolated within the class that holds the middle."""
    ordered = _sorted_or_fail(data)
    n = len(ordered)
    middle = ordered[n // 2]
    # The run of values equal to the middle one: `below` before it, `inside` in it.
    below = sum(1 for x in ordered if x < middle)
    inside = sum(1 for x in ordered if not (x < middle) and not (middle < x))
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = centre - width / 2.0
    return lower_limit + width * (n / 2 - below) / inside


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    counts = Counter(iter(data))
    if not counts:
        raise StatisticsError("no mode for empty data")
    return max(counts, key=lambda value: counts[value])


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    top = max(counts.values(), default=0)
    return [value for value in counts if counts[value] == top]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n groups of equal probability, by linear
    interpolation ("exclusive": the data as a sample; "inclusive": the population)."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    ordered = sorted(data)
    if len(ordered) < 2:
        raise StatisticsError("must have at least two data points")
    if method not in ("exclusive", "inclusive"):
        raise ValueError(f"Unknown method: {method!r}")
    size = len(ordered)
    # The i-th cut sits at position i * m / n counted from `start` (in exact integer
    # parts: index j and remainder delta), between two neighbouring data points.
    m, start = (size - 1, 0) if method == "inclusive" else (size + 1, 1)
    cuts = []
    for i in range(1, n):
        j = min(max(i * m // n, start), size - 2 + start)
        delta = i * m - j * n
        low, high = ordered[j - start], ordered[j - start + 1]
        cuts.append((low * (n - delta) + high * delta) / n)
    return cuts


# ---- spread ----

def _variance_of(data, centre, at_least, name):
    T, ss, _, n = _deviations(data, centre)
    if n < at_least:
        raise StatisticsError(f"{name} requires at least {'two data points' if at_least == 2 else 'one data point'}")
    return T, ss / (n - 1 if at_least == 2 else n)


def variance(data, xbar=None):
    """The sample variance (divided by n - 1), exactly, in the data's type."""
    T, value = _variance_of(data, xbar, 2, "variance")
    return _as_type(value, T)


def pvariance(data, mu=None):
    """The population variance (divided by n), exactly, in the data's type."""
    T, value = _variance_of(data, mu, 1, "pvariance")
    return _as_type(value, T)


def stdev(data, xbar=None):
    """The square root of the sample variance, correctly rounded."""
    _, value = _variance_of(data, xbar, 2, "stdev")
    return _sqrt_ratio(value.numerator, value.denominator)


def pstdev(data, mu=None):
    """The square root of the population variance, correctly rounded."""
    _, value = _variance_of(data, mu, 1, "pstdev")
    return _sqrt_ratio(value.numerator, value.denominator)


# ---- two variables ----

def _pair_count(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


# Sums over paired data: (n, mean of x, mean of y, sum of dx*dy, sum of dx*dx, sum of
# dy*dy) with dx, dy the deviations from the means, after the checks CPython makes.
def _paired(x, y, what):
    n = _pair_count(x, y, what)
    x_mean = math.fsum(x) / n
    y_mean = math.fsum(y) / n
    dx = [xi - x_mean for xi in x]
    dy = [yi - y_mean for yi in y]
    return (n, x_mean, y_mean, math.fsum([a * b for a, b in zip(dx, dy)]), math.fsum([a * a for a in dx]),
            math.fsum([b * b for b in dy]))


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n, _, _, sxy, _, _ = _paired(x, y, "covariance")
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs, from -1 to +1."""
    _, _, _, sxy, sxx, syy = _paired(x, y, "correlation")
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """The least-squares line through the points: (slope, intercept); with proportional,
    a line through the origin."""
    if proportional:
        # The sums are about the origin, not about the means.
        _pair_count(x, y, "linear regression")
        sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = math.fsum([xi * xi for xi in x])
    else:
        _, x_mean, y_mean, sxy, sxx, _ = _paired(x, y, "linear regression")
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    return LinearRegression(slope=slope, intercept=0.0 if proportional else y_mean - slope * x_mean)


# ---- the normal distribution ----

# The inverse of the standard normal CDF by Wichura's algorithm AS241 (Applied
# Statistics 37, 1988), good to about 1 part in 10**16: a ratio of two polynomials of
# degree 7, with one pair of coefficient tables for the central region |p - 0.5| <=
# 0.425 and two for the tails, in r = sqrt(-log(tail probability)). Each table lists the
# coefficients from the highest power down.
_CENTRAL = ((2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
             4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
             1.3314166789178437745e+2, 3.3871328727963666080e+0),
            (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
             2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
             4.2313330701600911252e+1, 1.0))
_NEAR_TAIL = ((7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
               1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
               4.63033784615654529590e+0, 1.42343711074968357734e+0),
              (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
               1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
               2.05319162663775882187e+0, 1.0))
_FAR_TAIL = ((2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
              2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
              5.46378491116411436990e+0, 6.65790464350110377720e+0),
             (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
              7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
              5.99832206555887937690e-1, 1.0))


# A polynomial at r by Horner's rule, the highest coefficient first.
def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _standard_normal_quantile(p):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _CENTRAL
        return _horner(top, r) * q / _horner(bottom, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r, (top, bottom) = r - 1.6, _NEAR_TAIL
    else:
        r, (top, bottom) = r - 5.0, _FAR_TAIL
    z = _horner(top, r) / _horner(bottom, r)
    return -z if q < 0.0 else z


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    "A normal distribution with mean mu and standard deviation sigma."

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the mean and the sample standard deviation of data."""
        T, ss, centre, n = _deviations(data)
        if n < 2:
            raise StatisticsError("stdev requires at least two data points")
        spread = ss / (n - 1)
        if isinstance(spread, float):
            # An inf or a nan in the data: the answer is made of it.
            return cls(float(centre), float(centre) / float(ss))
        return cls(float(centre), _sqrt_ratio(spread.numerator, spread.denominator))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution."""
        if seed is not None:
            raise NotImplementedError("NormalDist.samples(seed=...) needs random.Random, which Edge Python lacks")
        return [random.gauss(self._mu, self._sigma) for _ in range(n)]

    def _need_sigma(self, what):
        if not self._sigma:
            raise StatisticsError(f"{what}() not defined when sigma is zero")

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError("pdf() not defined when sigma is zero")
        d = x - self._mu
        return math.exp(d * d / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """The probability that a value drawn is at most x."""
        self._need_sigma("cdf")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x for which cdf(x) is p (0 < p < 1)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area the two density curves share, 0 to 1."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        # The narrower first, so that a.overlap(b) == b.overlap(a).
        a, b = (other, self) if (other._sigma, other._mu) < (self._sigma, self._mu) else (self, other)
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        var_gap = b_var - a_var
        mean_gap = math.fabs(b._mu - a._mu)
        if not var_gap:
            return 1.0 - math.erf(mean_gap / (2.0 * a._sigma * _SQRT2))
        # The two points where the densities cross; the shared area follows from the CDFs.
        centre = a._mu * b_var - b._mu * a_var
        spread = a._sigma * b._sigma * math.sqrt(mean_gap * mean_gap + var_gap * math.log(b_var / a_var))
        lost = 0.0
        for x in ((centre + spread) / var_gap, (centre - spread) / var_gap):
            lost += math.fabs(b.cdf(x) - a.cdf(x))
        return 1.0 - lost

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._need_sigma("zscore")
        return (x - self._mu) / self._sigma

    # The mean, the median and the mode of a normal distribution are all mu.
    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    # Adding or subtracting another (independent) normal variable adds the variances;
    # a constant shifts, or scales, the distribution.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"
