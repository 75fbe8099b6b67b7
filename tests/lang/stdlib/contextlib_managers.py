# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack.
import sys
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack, closing, contextmanager, nullcontext,
                        redirect_stderr, redirect_stdout, suppress)
from io import StringIO


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as value:
    print("inside", value)
# expect: <p>
# expect: inside P
# expect: </p>
try:
    with tag("div"):
        raise KeyError("boom")
    # expect: <div>
    # expect: </div>
except KeyError as e:
    print("caught", e)  # expect: caught 'boom'


@contextmanager
def swallowing():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


with swallowing():
    raise ValueError("bad value")
# expect: swallowed bad value
print("after swallowing", tag.__name__)  # expect: after swallowing tag


@tag("decorated")
def work(x):
    print("working on", x)
    return x * 2


print(work(21))
# expect: <decorated>
# expect: working on 21
# expect: </decorated>
# expect: 42
print(work(1))
# expect: <decorated>
# expect: working on 1
# expect: </decorated>
# expect: 2


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
# expect: RuntimeError: generator didn't yield
# expect: RuntimeError: generator didn't stop

with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
with suppress(KeyError):
    {}["k"]
print("suppressed")  # expect: suppressed
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)  # expect: not suppressed: list index out of range


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)  # expect: Resource
# expect: closed
with nullcontext(42) as n:
    print(n)  # expect: 42

buf = StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print(repr(buf.getvalue()))  # expect: 'captured line\nsecond 2\n'
err = StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))  # expect: 'to stderr\n'

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    # expect: <a>
    # expect: <b>
    stack.callback(print, "callback", 1)
    print(names)  # expect: ['A', 'B']
# expect: callback 1
# expect: </b>
# expect: </a>
with ExitStack() as stack:
    stack.push(lambda *exc: print("exit sees", exc[0].__name__) or True)
    raise TypeError("swallowed by a pushed exit")
# expect: exit sees TypeError
stack = ExitStack()
stack.enter_context(tag("kept"))  # expect: <kept>
moved = stack.pop_all()
stack.close()
print("popped")  # expect: popped
moved.close()    # expect: </kept>
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", str(e).replace("builtins.", ""))
    # expect: TypeError: 'int' object does not support the context manager protocol


class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop")
        return False


@Timer()
def timed():
    print("timed body")


timed()
# expect: start
# expect: timed body
# expect: stop
print(isinstance(Timer(), AbstractContextManager), isinstance(StringIO(), AbstractContextManager), isinstance(1, AbstractContextManager))
# expect: True True False
