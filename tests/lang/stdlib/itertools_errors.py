# itertools' argument errors, raised when the iterator is made, as in CPython.
from itertools import chain, combinations, count, cycle, islice, permutations, product, repeat, tee


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: islice("abc", -1))
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
attempt(lambda: islice("abc", 1, -1))
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
attempt(lambda: islice("abc", 0, 5, 0))
# expect: ValueError: Step for islice() must be a positive integer or None.
attempt(lambda: islice("abc", -1, 2))
# expect: ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
attempt(lambda: islice("abc", "x"))
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
attempt(lambda: permutations("ab", -1))   # expect: ValueError: r must be non-negative
attempt(lambda: combinations("ab", -1))   # expect: ValueError: r must be non-negative
attempt(lambda: product("a", repeat=-1))  # expect: ValueError: repeat argument cannot be negative
attempt(lambda: count("a"))               # expect: TypeError: a number is required
attempt(lambda: repeat(1, "a"))
# expect: TypeError: 'str' object cannot be interpreted as an integer
attempt(lambda: list(chain(1)))  # expect: TypeError: 'int' object is not iterable
attempt(lambda: tee([], -1))     # expect: ValueError: n must be >= 0
attempt(lambda: cycle(5))        # expect: TypeError: 'int' object is not iterable
attempt(lambda: product(1))      # expect: TypeError: 'int' object is not iterable
