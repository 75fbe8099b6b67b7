# functools.lru_cache and functools.cache: memoising decorators, with and without
# arguments, with cache_info(), cache_clear() and cache_parameters().
from functools import cache, lru_cache


@lru_cache(maxsize=2)
def double(x):
    print("computing", x)
    return x * 2


print(double(1), double(2), double(1), double(3))
# expect: computing 1
# expect: computing 2
# expect: computing 3
# expect: 2 4 2 6
print(double.cache_info(), double.cache_parameters(), double.__name__)
# expect: CacheInfo(hits=1, misses=3, maxsize=2, currsize=2) {'maxsize': 2, 'typed': False} double
print(double(2))
# expect: computing 2
# expect: 4
print(double.cache_info())  # expect: CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
double.cache_clear()
print(double.cache_info())  # expect: CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)


@cache
def ident(x):
    return x


ident(1)
ident(1)
print(ident.cache_info())  # expect: CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
# expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=128, currsize=81)


@lru_cache()
def add(a, b=1):
    return a + b


print(add(1), add(1, b=1), add(a=1), add(1), add.cache_info())
# expect: 2 2 2 2 CacheInfo(hits=1, misses=3, maxsize=128, currsize=3)


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())
# expect: int float bool int CacheInfo(hits=1, misses=3, maxsize=None, currsize=3)


@lru_cache(0)
def nothing(x):
    return x


nothing(1)
nothing(1)
print(nothing.cache_info(), nothing.__wrapped__(5))
# expect: CacheInfo(hits=0, misses=2, maxsize=0, currsize=0) 5
try:
    lru_cache("x")
except TypeError as e:
    print(e)  # expect: Expected first argument to be an integer, a callable, or None
