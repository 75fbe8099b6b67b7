# Closures and decorators: functions that remember, and functions that wrap.
def counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count

    return step


c = counter()
print(c(), c(), c())


def logged(fn):
    def wrapper(*args):
        result = fn(*args)
        print(f"{fn.__name__}{args} = {result}")
        return result

    return wrapper


@logged
def add(a, b):
    return a + b


add(2, 3)
add(10, -4)

make_multiplier = lambda k: lambda x: x * k
triple = make_multiplier(3)
print(list(map(triple, [1, 2, 3])))
