# random — CPython's random module for Edge Python (modules/README.md).
# The generator is native (random.wasm): CPython's Mersenne Twister, seeded the same way,
# so random.seed(42) gives the numbers CPython gives. What is built on it is Python,
# written here to consume the generator exactly as CPython 3.11 does (the same draws,
# in the same order, through the same arithmetic), so that the same seed gives the same
# choices, shuffles, samples and variates. One generator per program; no Random class.

from "./random.wasm" import random, uniform
from "./random.wasm" import seed as _seed_int, _seed_hex, _seed_str
from "./random.wasm" import getrandbits as _getrandbits, _randbelow as _randbelow_native
from "./math.wasm" import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin
from "./math.wasm" import acos as _acos, isfinite as _isfinite
import time as _time

# Module constants CPython also has.
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * 3.141592653589793
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_PI = 3.141592653589793
_E = 2.718281828459045
# The largest n the native half draws below by itself: ints cross as 48-bit words.
_NATIVE_LIMIT = 2 ** 47 - 1
# Stands for "step not given" in randrange.
_NO_STEP = 1
# gauss() makes two values at a time; the second waits here for the next call.
_spare_gauss = [None]


# ---- seeding and raw bits ----

def seed(a=None, version=2):
    if version == 1 and isinstance(a, str):
        a = _old_str_seed(a)
    if a is None:
        # CPython reads the OS's randomness here; a module has none, so the clock.
        a = int(_time.time() * 1e9)
    if isinstance(a, str):
        _seed_str(a)
    elif isinstance(a, (int, float)):
        # An int seeds with its magnitude; a float with its hash read as an unsigned
        # 64-bit number.
        key = abs(int(a)) if isinstance(a, int) else hash(a) % 2 ** 64
        if key > _NATIVE_LIMIT:
            _seed_hex(format(key, "x"))
        else:
            _seed_int(key)
    else:
        raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    _spare_gauss[0] = None


# seed(s, version=1): the str hashed as Python 2 hashed it, for old sequences.
def _old_str_seed(text):
    h = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        h = (h * 1000003 ^ code) & 0xFFFFFFFFFFFFFFFF
    h ^= len(text)
    return -2 if h == -1 else h


def getrandbits(k):
    if not isinstance(k, int):
        raise TypeError("'" + type(k).__name__ + "' object cannot be interpreted as an integer")
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k <= 47:
        return _getrandbits(int(k))
    # Wider: 32-bit draws filling the result from its low end; the last, narrower draw
    # keeps the top bits of its word (which the native getrandbits does for k < 32).
    result, filled = 0, 0
    while filled < k:
        width = min(32, k - filled)
        result |= _getrandbits(width) << filled
        filled += width
    return result


# A uniform int in [0, n): by rejection, drawing as many bits as n has.
def _randbelow(n):
    if n <= _NATIVE_LIMIT:
        return _randbelow_native(n)
    bits = n.bit_length()
    while True:
        r = getrandbits(bits)
        if r < n:
            return r


# ---- integers ----

# A randrange argument as an int: 3.11 still takes an integral float (deprecated).
def _whole(x, label):
    if isinstance(x, int):
        return int(x)
    converted = int(x)
    if converted != x:
        raise ValueError("non-integer " + label + " for randrange()")
    return converted


def randrange(start, stop=None, step=_NO_STEP):
    low = _whole(start, "arg 1")
    if stop is None:
        if step is not _NO_STEP:
            raise TypeError("Missing a non-None stop argument")
        if low <= 0:
            raise ValueError("empty range for randrange()")
        return _randbelow(low)
    high = _whole(stop, "stop")
    width = high - low
    stride = _whole(step, "step")
    if stride == 1:
        if width <= 0:
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (low, high, width))
        return low + _randbelow(width)
    if stride == 0:
        raise ValueError("zero step for randrange()")
    # How many values range(low, high, stride) has: width / stride, rounded up.
    count = -(-width // stride)
    if count <= 0:
        raise ValueError("empty range for randrange()")
    return low + stride * _randbelow(count)


def randint(a, b):
    return randrange(a, b + 1)


# ---- sequences ----

def choice(seq):
    if len(seq) == 0:
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


# Fisher-Yates from the end: each position swaps with one at or before it.
def shuffle(x):
    i = len(x) - 1
    while i > 0:
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]
        i -= 1


def _running_totals(values):
    totals = []
    for v in values:
        totals.append(v if not totals else totals[-1] + v)
    return totals


# The first index in totals[:hi] whose total exceeds x (bisect_right).
def _index_above(totals, x, hi):
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if x < totals[mid] else (mid + 1, hi)
    return lo


def sample(population, k, *, counts=None):
    if not isinstance(population, (list, tuple, str, range)):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    if counts is not None:
        return _sample_repeated(population, k, counts)
    n = len(population)
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    # CPython's choice of method, by memory: a copy of the population when it is smaller
    # than a set of k indexes would be (21 slots, plus a power of four >= 3k from k = 6).
    limit = 21
    if k > 5:
        table = 4
        while table < 3 * k:
            table *= 4
        limit += table
    if n <= limit:
        return _sample_from_copy(population, k)
    return _sample_by_index(population, k)


# Draw from a shrinking copy: a picked item's place is filled by the last unpicked one.
def _sample_from_copy(population, k):
    pool = list(population)
    unpicked = len(pool)
    picked = []
    for _ in range(k):
        j = _randbelow(unpicked)
        picked.append(pool[j])
        unpicked -= 1
        pool[j] = pool[unpicked]
    return picked


# Draw indexes into the whole population, drawing again for one already taken.
def _sample_by_index(population, k):
    n = len(population)
    taken = set()
    picked = []
    while len(picked) < k:
        j = _randbelow(n)
        if j not in taken:
            taken.add(j)
            picked.append(population[j])
    return picked


# sample() with counts: a sample of positions in the expanded population, each mapped
# back to its item by the running totals of the counts.
def _sample_repeated(population, k, counts):
    totals = _running_totals(counts)
    if len(totals) != len(population):
        raise ValueError("The number of counts does not match the population")
    size = totals.pop()
    if not isinstance(size, int):
        raise TypeError("Counts must be integers")
    if size <= 0:
        raise ValueError("Total of counts must be greater than zero")
    return [population[_index_above(totals, position, len(totals))] for position in sample(range(size), k=k)]


def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None and weights is None:
        # Equal weights: one draw scaled to an index.
        scale = n + 0.0
        return [population[int(random() * scale)] for _ in range(k)]
    if cum_weights is None:
        if isinstance(weights, int):
            # choices(population, 3): k was meant.
            raise TypeError(f"The number of choices must be a keyword argument: k={weights}")
        cum_weights = _running_totals(weights)
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not _isfinite(total):
        raise ValueError("Total of weights must be finite")
    return [population[_index_above(cum_weights, random() * total, n - 1)] for _ in range(k)]


# ---- real-valued distributions ----
# Each consumes random() as CPython's does and computes with the same operations, so
# the values agree to the last bit wherever math.wasm agrees with the C library.

# A uniform float in (0, 1]: safe to take the log of.
def _above_zero():
    return 1.0 - random()


def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    span = high - low
    if mode is not None and span == 0:
        return low
    peak = 0.5 if mode is None else (mode - low) / span
    # The right of the peak is the mirror image of a left side.
    if u > peak:
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - peak))
    return low + (high - low) * _sqrt(u * peak)


# Kinderman and Monahan's ratio-of-uniforms method.
def normalvariate(mu=0.0, sigma=1.0):
    z = _ratio_of_uniforms()
    return mu + z * sigma


def _ratio_of_uniforms():
    while True:
        u = random()
        v = _above_zero()
        z = NV_MAGICCONST * (u - 0.5) / v
        if z * z / 4.0 <= -_log(v):
            return z


# Box-Muller: an angle and a radius give two independent normal values; the sine's
# is kept for the next call.
def gauss(mu=0.0, sigma=1.0):
    z = _spare_gauss[0]
    _spare_gauss[0] = None
    if z is None:
        angle = random() * TWOPI
        radius = _sqrt(-2.0 * _log(_above_zero()))
        z = _cos(angle) * radius
        _spare_gauss[0] = _sin(angle) * radius
    return mu + z * sigma


def lognormvariate(mu, sigma):
    return _exp(normalvariate(mu, sigma))


def expovariate(lambd):
    return -_log(_above_zero()) / lambd


# Best and Fisher's method (1979) for the von Mises distribution.
def vonmisesvariate(mu, kappa):
    if kappa <= 1e-6:
        return TWOPI * random()
    half = 0.5 / kappa
    rho = half + _sqrt(1.0 + half * half)
    z = _von_mises_candidate(rho)
    q = 1.0 / rho
    f = (q + z) / (1.0 + q * z)
    turn = _acos(f) if random() > 0.5 else -_acos(f)
    return (mu + turn) % TWOPI


def _von_mises_candidate(rho):
    while True:
        z = _cos(_PI * random())
        d = z / (rho + z)
        u = random()
        if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
            return z


def gammavariate(alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    if alpha == 1.0:
        # The exponential distribution.
        return -_log(_above_zero()) * beta
    if alpha > 1.0:
        return _gamma_cheng(alpha) * beta
    return _gamma_ahrens_dieter(alpha) * beta


# R. C. H. Cheng's rejection method (1977) for alpha > 1.
def _gamma_cheng(alpha):
    spread = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    scale = alpha + spread
    while True:
        u = random()
        if u <= 1e-7 or u >= 0.9999999:
            continue
        w = _above_zero()
        v = _log(u / (1.0 - u)) / spread
        x = alpha * _exp(v)
        z = u * u * w
        t = shift + scale * v - x
        if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
            return x


# Ahrens and Dieter's method GS (1974) for 0 < alpha < 1.
def _gamma_ahrens_dieter(alpha):
    while True:
        b = (_E + alpha) / _E
        p = b * random()
        x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
        u = random()
        bound = x ** (alpha - 1.0) if p > 1.0 else _exp(-x)
        if u <= bound:
            return x


def betavariate(alpha, beta):
    y = gammavariate(alpha, 1.0)
    if not y:
        return 0.0
    return y / (y + gammavariate(beta, 1.0))


def paretovariate(alpha):
    return _above_zero() ** (-1.0 / alpha)


def weibullvariate(alpha, beta):
    return alpha * (-_log(_above_zero())) ** (1.0 / beta)


seed()
