def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib = memoize(slow_fib)
print(fib(90))  # expect: 2880067194370816120
