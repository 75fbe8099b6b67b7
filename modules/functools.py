# functools — CPython 3.11's higher-order functions for Edge Python, in plain Python
# (modules/README.md): reduce, partial, lru_cache and cache, wraps and update_wrapper,
# cmp_to_key, total_ordering, cached_property, singledispatch.

from collections import namedtuple as _namedtuple

__all__ = [
    "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "update_wrapper", "wraps", "total_ordering",
    "cache", "cmp_to_key", "lru_cache", "reduce", "partial", "singledispatch",
    "cached_property",
]

_MISSING = object()


def reduce(function, iterable, initial=_MISSING):
    it = iter(iterable)
    value = initial
    if value is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        value = function(value, x)
    return value


# ---- partial ----

class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.{type(self).__name__}({', '.join(parts)})"


# ---- update_wrapper and wraps ----

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # Copy what the wrapped object has (a missing attribute is skipped, one the wrapper
    # refuses is left), merge the mappings named by `updated`, then point back at wrapped.
    missing = object()
    for name in assigned:
        value = getattr(wrapped, name, missing)
        if value is not missing:
            try:
                setattr(wrapper, name, value)
            except (AttributeError, TypeError):
                pass
    for name in updated:
        # A function has no __dict__ in Edge Python: there is nothing to merge into then.
        mine = getattr(wrapper, name, missing)
        if mine is not missing:
            mine.update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- lru_cache and cache ----

CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# Separates the positional arguments from the keyword ones in a cache key.
_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    return _lru_wrapper(user_function, None, False)


# The cache is a dict in order of use: a hit moves its key to the end, and a miss past
# maxsize drops the first key, the least recently used.
def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed) if kwds or typed else args
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed) if kwds or typed else args
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                cache[key] = result
                if len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return result

    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


# ---- cmp_to_key ----

class _KeyWrapper:
    __slots__ = ("obj", "cmp")

    def __init__(self, obj, cmp):
        self.obj = obj
        self.cmp = cmp

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    def key(obj):
        return _KeyWrapper(obj, mycmp)
    return key


# ---- total_ordering ----

# Each operation in terms of one given operation and ==, for each of the four roots.
def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


_CONVERT = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]  # the first of < <= > >= that the class defines
    for name, method in _CONVERT[root]:
        if name not in roots:
            setattr(cls, name, method)
    return cls


# ---- cached_property ----

# A property whose getter runs once per instance and keeps its value in the instance's
# __dict__, under the function's name; assigning sets that value and del forgets it.
def cached_property(func):
    name = func.__name__

    def getter(self):
        d = self.__dict__
        if name in d:
            return d[name]
        value = func(self)
        d[name] = value
        return value

    def setter(self, value):
        self.__dict__[name] = value

    def deleter(self):
        try:
            del self.__dict__[name]
        except KeyError:
            raise AttributeError(name) from None

    return property(getter, setter, deleter, getattr(func, "__doc__", None))


# ---- singledispatch ----

# Dispatches on the type of the first argument, through its class's MRO. Types are given
# to register() explicitly: Edge Python keeps no annotations to read them from.
def singledispatch(func):
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = func
            for base in cls.__mro__:
                if base in registry:
                    impl = registry[base]
                    break
            dispatch_cache[cls] = impl
        return impl

    def register(cls, method=None):
        if method is None:
            if not isinstance(cls, type):
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class.")
            return lambda f: register(cls, f)
        registry[cls] = method
        dispatch_cache.clear()
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
