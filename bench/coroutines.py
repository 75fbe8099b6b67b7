# coroutines.py — recursion through coroutines, after the classic "coroutines" benchmark
# (a recursive Fibonacci where each call awaits the two before it). Edge Python has no
# async/await yet, so each call is a generator-based coroutine that delegates with
# `yield from`: the same chain of suspended frames, resumed once per level. A second part
# drives a send() pipeline of coroutines (a running-average filter into an accumulator).


def fib(n):
    if n <= 1:
        return n
    # Every call suspends once, as an awaited coroutine would.
    yield n
    a = yield from fib(n - 1)
    b = yield from fib(n - 2)
    return a + b


def run(coroutine):
    # The event loop's part: resume until the coroutine returns, counting suspensions.
    steps = 0
    try:
        while True:
            coroutine.send(None)
            steps += 1
    except StopIteration as stop:
        return stop.value, steps


def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


def averager(target, width):
    window = []
    while True:
        value = yield
        window.append(value)
        if len(window) > width:
            window.pop(0)
        target.send(sum(window) // len(window))


value, steps = run(fib(26))
print(value, steps)
acc = accumulator()
next(acc)
avg = averager(acc, 4)
next(avg)
for i in range(150_000):
    avg.send(i * 7 % 1000)
total = acc.send(0)
print(total)
print(value + steps + total)
