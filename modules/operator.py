# operator — CPython 3.11's operators as functions for Edge Python, in plain Python
# (modules/README.md): add, mul, lt, getitem, ... and itemgetter, attrgetter,
# methodcaller.

__all__ = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem",
    "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv",
    "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior",
    "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
    "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg",
    "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor",
]

_abs = abs
_pow = pow


# ---- comparisons and truth ----

def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


# ---- arithmetic and bitwise ----

def abs(a):
    return _abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    if isinstance(a, int):
        return int(a)
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


# ---- sequences ----

def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    # Identity first, as containers compare their items (a nan counts itself).
    return sum(1 for x in a if x is b or x == b)


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# ---- in place ----

def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


# ---- itemgetter, attrgetter, methodcaller ----

class itemgetter:
    __slots__ = ("_items", "_item", "_single")

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._single = len(items) == 1
        self._item = items[0]
        self._items = items

    def __call__(self, obj):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return f"operator.itemgetter({', '.join(repr(i) for i in self._items)})"


def _resolve(obj, names):
    for name in names:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    __slots__ = ("_attrs", "_paths")

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        self._attrs = attrs
        for a in self._attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._paths = [a.split(".") for a in self._attrs]

    def __call__(self, obj):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple([_resolve(obj, p) for p in self._paths])

    def __repr__(self):
        return f"operator.attrgetter({', '.join(repr(a) for a in self._attrs)})"


_NO_NAME = object()


class methodcaller:
    # methodcaller("m", *a, **k)(obj) is obj.m(*a, **k); the name is taken positionally
    # only, so that a keyword called "name" reaches the method.
    __slots__ = ("_spec",)

    def __init__(self, method=_NO_NAME, /, *bound, **kwargs):
        if method is _NO_NAME:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(method, str):
            raise TypeError("method name must be a string")
        self._spec = (method, bound, kwargs)

    def __call__(self, obj):
        method, bound, kwargs = self._spec
        return getattr(obj, method)(*bound, **kwargs)

    def __repr__(self):
        method, bound, kwargs = self._spec
        shown = [repr(method)] + [repr(v) for v in bound] + [k + "=" + repr(v) for k, v in kwargs.items()]
        return "operator.methodcaller(" + ", ".join(shown) + ")"
