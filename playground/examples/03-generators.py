# Generators: yield, lazy pipelines and generator expressions.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(list(take(10, fib())))
evens = (x for x in take(30, fib()) if x % 2 == 0)
print(sum(evens))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    yield "liftoff!"


for step in countdown(3):
    print(step)
