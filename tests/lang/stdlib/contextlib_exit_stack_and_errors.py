# contextlib: ExitStack's unwinding (swallowing, replacing exceptions, pop_all,
# callbacks), a @contextmanager generator that misbehaves, and a manager used again as
# a decorator.
from contextlib import ExitStack, contextmanager, suppress, nullcontext, AbstractContextManager

log = []


class Named:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name

    def __exit__(self, kind, exc, tb):
        log.append("exit %s %s" % (self.name, kind.__name__ if kind else None))
        return self.swallow


with ExitStack() as stack:
    print(stack.enter_context(Named("a")), stack.enter_context(Named("b")))
    stack.callback(log.append, "callback")
    stack.push(lambda kind, exc, tb: log.append("pushed %s" % (kind is None)))
print(log)
log.clear()
with ExitStack() as stack:
    stack.enter_context(Named("outer", swallow=True))
    stack.enter_context(Named("inner"))
    raise KeyError("x")
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.callback(log.append, "last")

        def replace(kind, exc, tb):
            raise ValueError("replaced " + kind.__name__)

        stack.push(replace)
        raise KeyError("first")
except ValueError as e:
    print("caught", e, log)
log.clear()
with ExitStack() as stack:
    stack.enter_context(Named("moved"))
    later = stack.pop_all()
print(log)
later.close()
print(log)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")


@contextmanager
def tagged(tag):
    log.append("in " + tag)
    yield tag
    log.append("out " + tag)


for manager in [no_yield(), two_yields()]:
    try:
        with manager:
            pass
    except RuntimeError as e:
        print(e)
try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
log.clear()


@tagged("deco")
def work(x):
    log.append("work %d" % x)
    return x * 2


print(work(1), work(2), log)
with suppress(KeyError, IndexError):
    [][1]
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Named, AbstractContextManager),
      issubclass(int, AbstractContextManager))
with nullcontext("value") as v:
    print(v)
# expect: a b
# expect: ['enter a', 'enter b', 'pushed True', 'callback', 'exit b None', 'exit a None']
# expect: ['enter outer', 'enter inner', 'exit inner KeyError', 'exit outer KeyError']
# expect: caught replaced KeyError ['last']
# expect: ['enter moved']
# expect: ['enter moved', 'exit moved None']
# expect: 'builtins.int' object does not support the context manager protocol
# expect: generator didn't yield
# expect: generator didn't stop
# expect: ArithmeticError converted
# expect: 2 4 ['in deco', 'work 1', 'out deco', 'in deco', 'work 2', 'out deco']
# expect: True True False
# expect: value
