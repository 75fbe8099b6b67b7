def trace(fn):
    depth = [0]
    def wrapper(*args, **kwargs):
        indent = "  " * depth[0]
        arglist = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({arglist})")
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth[0] -= 1
        print(f"{indent}<- {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

def memoize(fn):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner

def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco

def counted(fn):
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    return inner

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@repeat(3)
def greet(name):
    return f"hi {name}"

@counted
def add(a, b=0):
    return a + b

fact(4)
# expect: -> fact(4)
# expect:   -> fact(3)
# expect:     -> fact(2)
# expect:       -> fact(1)
# expect:       <- 1
# expect:     <- 2
# expect:   <- 6
# expect: <- 24
print(fib(80), len(fib.cache))  # expect: 23416728348467685 81
print(greet("bo"))              # expect: ['hi bo', 'hi bo', 'hi bo']
add(1); add(2, b=3); add(a=4)
print(add.calls)  # expect: 3

@trace
def kw(a, *, sep="-", end="!"):
    return sep.join(a) + end
kw("xyz", sep="+")
# expect: -> kw('xyz', sep='+')
# expect: <- 'x+y+z!'

class Registry:
    def __init__(self):
        self.handlers = {}
    def register(self, name):
        def deco(fn):
            self.handlers[name] = fn
            return fn
        return deco
    def dispatch(self, name, *args):
        handler = self.handlers.get(name)
        if handler is None:
            return f"no handler for {name}"
        return handler(*args)

reg = Registry()
@reg.register("add")
def _add(a, b): return a + b
@reg.register("neg")
def _neg(a): return -a
print(reg.dispatch("add", 2, 3), reg.dispatch("neg", 7), reg.dispatch("mul", 1))
# expect: 5 -7 no handler for mul
print(sorted(reg.handlers))  # expect: ['add', 'neg']
