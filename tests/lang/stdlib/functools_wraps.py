# functools.wraps: a decorator's wrapper takes the wrapped function's name and qualified
# name, and keeps it as __wrapped__.
from functools import update_wrapper, wraps


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return inner


@logged
def greet(name, punct="!"):
    return "hi " + name + punct


print(greet("ann"), greet.__name__, greet.__qualname__, greet.__wrapped__("bob", punct="?"))
# expect: calling greet
# expect: hi ann! greet greet hi bob?


class Api:
    @logged
    def fetch(self):
        return 42


print(Api().fetch(), Api.fetch.__name__, Api.fetch.__qualname__)
# expect: calling fetch
# expect: 42 fetch Api.fetch


def helper():
    pass


def target():
    pass


update_wrapper(helper, target)
print(helper.__name__, helper.__wrapped__ is target)  # expect: target True
