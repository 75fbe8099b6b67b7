def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        current = count
        count += step
        return current
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 5)]

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache

def bank(balance):
    history = []
    def transact(amount):
        nonlocal balance
        if balance + amount < 0:
            history.append(("denied", amount))
            return False
        balance += amount
        history.append(("ok", amount))
        return True
    def get():
        return balance, list(history)
    return transact, get

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()

c = make_counter(10, 5)
print(c(), c(), c())  # expect: 10 15 20
c.reset()
print(c(), c.__name__)                     # expect: 10 counter
print([m(3) for m in make_multipliers()])  # expect: [3, 6, 9, 12]
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))  # expect: 11 12 7
fib, cache = memo_fib()
print(fib(100), len(cache))  # expect: 354224848179261915075 101
tx, get = bank(100)
print(tx(-30), tx(-100), tx(50), get())
# expect: True False True (120, [('ok', -30), ('denied', -100), ('ok', 50)])
print(outer())  # expect: changed
adders = {}
for name, n in [("add1", 1), ("add10", 10)]:
    def adder(x, n=n):
        return x + n
    adders[name] = adder
print({k: f(5) for k, f in adders.items()})  # expect: {'add1': 6, 'add10': 15}
def counter_gen():
    total = 0
    def add(*nums):
        nonlocal total
        total += sum(nums)
        return total
    return add
a = counter_gen()
print(a(1, 2), a(), a(10), a(*range(5)))  # expect: 3 3 13 23
x = 1
def shadow():
    x = 2
    def show():
        return x
    return show()
print(shadow(), x)  # expect: 2 1
def gcount():
    global x
    x += 100
gcount()
print(x)  # expect: 101
