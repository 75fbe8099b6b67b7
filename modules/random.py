# random — CPython's random module for Edge Python (modules/README.md).
# The generator is native (random.wasm): CPython's Mersenne Twister, seeded the same way,
# so random.seed(42) gives the numbers CPython gives. Everything built on it is Python,
# following CPython 3.11's random.py step for step, so that the same seed draws the same
# choices, shuffles and samples. One generator per program; there is no Random class.

from "./random.wasm" import random, uniform
from "./random.wasm" import seed as _seed_int, _seed_hex, _seed_str
from "./random.wasm" import getrandbits as _getrandbits, _randbelow as _randbelow_native
from "./math.wasm" import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin
from "./math.wasm" import acos as _acos, isfinite as _isfinite
import time as _time

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * 3.141592653589793
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_e = 2.718281828459045
_pi = 3.141592653589793
_MAX48 = 2 ** 47 - 1
_ONE = 1
_gauss_next = None


def seed(a=None, version=2):
    global _gauss_next
    if version == 1 and isinstance(a, str):
        x = ord(a[0]) << 7 if a else 0
        for c in a:
            x = ((1000003 * x) ^ ord(c)) & 0xFFFFFFFFFFFFFFFF
        x ^= len(a)
        a = -2 if x == -1 else x
    if a is None:
        # CPython reads the OS's randomness here; a module has none, so the clock.
        a = int(_time.time() * 1e9)
    if isinstance(a, str):
        _seed_str(a)
    elif isinstance(a, (int, float)):
        # An int seeds with its magnitude; a float, as in CPython, with its hash taken as
        # an unsigned 64-bit number.
        a = abs(int(a)) if isinstance(a, int) else hash(a) % 2 ** 64
        if a <= _MAX48:
            _seed_int(a)
        else:
            _seed_hex(format(a, "x"))
    else:
        raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    _gauss_next = None


def getrandbits(k):
    k = _index(k)
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k <= 47:
        return _getrandbits(k)
    # 32-bit words from the least significant end; the last keeps its top bits.
    r = 0
    shift = 0
    while k > 0:
        r |= _getrandbits(32 if k >= 32 else k) << shift
        shift += 32
        k -= 32
    return r


def _randbelow(n):
    if n <= _MAX48:
        return _randbelow_native(n)
    k = n.bit_length()
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return r


def _index(x):
    if isinstance(x, int):
        return int(x)
    raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")


# CPython 3.11 still takes an integral float here (with a DeprecationWarning).
def _range_arg(x, what):
    if isinstance(x, int):
        return int(x)
    i = int(x)
    if i != x:
        raise ValueError("non-integer " + what + " for randrange()")
    return i


def randrange(start, stop=None, step=_ONE):
    istart = _range_arg(start, "arg 1")
    if stop is None:
        if step is not _ONE:
            raise TypeError("Missing a non-None stop argument")
        if istart > 0:
            return _randbelow(istart)
        raise ValueError("empty range for randrange()")
    istop = _range_arg(stop, "stop")
    width = istop - istart
    istep = _range_arg(step, "step")
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return istart + istep * _randbelow(n)


def randint(a, b):
    return randrange(a, b + 1)


def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


def shuffle(x):
    for i in reversed(range(1, len(x))):
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def _accumulate(values):
    total = None
    out = []
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


def _bisect(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _ceil(x):
    i = int(x)
    return i + 1 if i < x else i


def sample(population, k, *, counts=None):
    if not isinstance(population, (list, tuple, str, range)):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    n = len(population)
    if counts is not None:
        cum_counts = _accumulate(counts)
        if len(cum_counts) != n:
            raise ValueError("The number of counts does not match the population")
        total = cum_counts.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        selections = sample(range(total), k=k)
        return [population[_bisect(cum_counts, s)] for s in selections]
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = [None] * k
    setsize = 21
    if k > 5:
        setsize += 4 ** _ceil(_log(k * 3, 4))
    if n <= setsize:
        pool = list(population)
        for i in range(k):
            j = _randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        selected = set()
        for i in range(k):
            j = _randbelow(n)
            while j in selected:
                j = _randbelow(n)
            selected.add(j)
            result[i] = population[j]
    return result


def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[int(random() * n)] for i in range(k)]
        cum_weights = _accumulate(weights)
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not _isfinite(total):
        raise ValueError("Total of weights must be finite")
    hi = n - 1
    return [population[_bisect(cum_weights, random() * total, 0, hi)] for i in range(k)]


def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    if mode is None:
        c = 0.5
    elif high == low:
        return low
    else:
        c = (mode - low) / (high - low)
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


def normalvariate(mu=0.0, sigma=1.0):
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -_log(u2):
            break
    return mu + z * sigma


def gauss(mu=0.0, sigma=1.0):
    global _gauss_next
    z = _gauss_next
    _gauss_next = None
    if z is None:
        x2pi = random() * TWOPI
        g2rad = _sqrt(-2.0 * _log(1.0 - random()))
        z = _cos(x2pi) * g2rad
        _gauss_next = _sin(x2pi) * g2rad
    return mu + z * sigma


def lognormvariate(mu, sigma):
    return _exp(normalvariate(mu, sigma))


def expovariate(lambd):
    return -_log(1.0 - random()) / lambd


def vonmisesvariate(mu, kappa):
    if kappa <= 1e-6:
        return TWOPI * random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        u1 = random()
        z = _cos(_pi * u1)
        d = z / (r + z)
        u2 = random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    u3 = random()
    if u3 > 0.5:
        theta = (mu + _acos(f)) % TWOPI
    else:
        theta = (mu - _acos(f)) % TWOPI
    return theta


def gammavariate(alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    if alpha > 1.0:
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    elif alpha == 1.0:
        return -_log(1.0 - random()) * beta
    else:
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta


def betavariate(alpha, beta):
    y = gammavariate(alpha, 1.0)
    if y:
        return y / (y + gammavariate(beta, 1.0))
    return 0.0


def paretovariate(alpha):
    u = 1.0 - random()
    return u ** (-1.0 / alpha)


def weibullvariate(alpha, beta):
    u = 1.0 - random()
    return alpha * (-_log(u)) ** (1.0 / beta)


seed()
