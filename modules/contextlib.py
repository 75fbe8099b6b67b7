# contextlib — helpers for `with`, for Edge Python in plain Python (modules/README.md),
# written here from CPython 3.11's documented behaviour: contextmanager (in a `with` and
# as a decorator), suppress, closing, nullcontext, redirect_stdout, redirect_stderr,
# ExitStack, ContextDecorator and AbstractContextManager. print() writes to sys.stdout
# as the program sets it, so redirect_stdout catches what print writes (an uncaught
# exception's report is printed by the host, not through sys.stderr). The async
# versions wait for async, and chdir for an os module.

import sys
from abc import ABC, abstractmethod

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress"]


def _defines_all(cls, names):
    # True when the class (or a base) defines every name, and none of them as None.
    for name in names:
        found = False
        for klass in cls.__mro__:
            own = getattr(klass, "__dict__", None) or {}
            if name in own:
                found = own[name] is not None
                break
        if not found:
            return False
    return True


class AbstractContextManager(ABC):
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return True if _defines_all(C, ("__enter__", "__exit__")) else NotImplemented


def _copy_names(wrapper, wrapped):
    # functools.wraps's part that matters here, without importing functools.
    for name in ("__module__", "__name__", "__qualname__"):
        if hasattr(wrapped, name):
            try:
                setattr(wrapper, name, getattr(wrapped, name))
            except (AttributeError, TypeError):
                pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class ContextDecorator:
    # A manager that can also decorate a function: every call runs inside a `with` of
    # a manager from _recreate_cm() (the manager itself, unless it is single-use).

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager = self

        def run_inside(*args, **kwds):
            with manager._recreate_cm():
                return func(*args, **kwds)

        return _copy_names(run_inside, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    # A generator that yields once, as a manager: entering runs it to the yield, leaving
    # runs it on (or throws the block's exception in at the yield).

    def __init__(self, func, args, kwds):
        self._factory = (func, args, kwds)
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        # A generator serves one `with`: each decorated call needs a fresh one.
        func, args, kwds = self._factory
        return type(self)(func, args, kwds)

    def __enter__(self):
        for yielded in self.gen:
            return yielded
        raise RuntimeError("generator didn't yield")

    def __exit__(self, kind, value, tb):
        if kind is None:
            return self._finish()
        if value is None:
            # The thrown exception must be an instance, so it can be recognised below.
            value = kind()
        try:
            self.gen.throw(value)
        except StopIteration as ended:
            # The generator caught the exception and returned: it is swallowed, unless
            # the block's exception was that very StopIteration.
            return ended is not value
        except BaseException as raised:
            return self._came_back(raised, value)
        raise RuntimeError("generator didn't stop after throw()")

    def _finish(self):
        for _ in self.gen:
            raise RuntimeError("generator didn't stop")
        return False

    def _came_back(self, raised, value):
        # The block's own exception passed through the generator: returning False lets
        # `with` raise it again, as if no generator had been there. So does a
        # StopIteration of the block that PEP 479 turned into a RuntimeError. Any other
        # exception is the generator's own and goes on from here.
        if raised is value:
            return False
        if isinstance(raised, RuntimeError) and isinstance(value, StopIteration) and raised.__cause__ is value:
            return False
        raise raised


def contextmanager(func):
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return _copy_names(make_manager, func)


class closing(AbstractContextManager):
    # Calls thing.close() when the block ends, however it ends.
    def __init__(self, thing):
        self._closeable = thing

    def __enter__(self):
        return self._closeable

    def __exit__(self, kind, exc, tb):
        self._closeable.close()


class nullcontext(AbstractContextManager):
    # Does nothing: stands in where a manager is optional.
    def __init__(self, enter_result=None):
        self._given = enter_result

    def __enter__(self):
        return self._given

    def __exit__(self, kind, exc, tb):
        return None


class suppress(AbstractContextManager):
    # Ends the block quietly when it raises one of the given exception classes.
    def __init__(self, *exceptions):
        self._quiet_kinds = exceptions

    def __enter__(self):
        return None

    def __exit__(self, kind, exc, tb):
        # issubclass alone decides, as CPython documents (no __instancecheck__ hooks).
        return kind is not None and issubclass(kind, self._quiet_kinds)


class _Redirect(AbstractContextManager):
    # Points sys.<_stream> at new_target for the block; nested and reused `with`s
    # each restore what they replaced.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._replaced.pop())


class redirect_stdout(_Redirect):
    _stream = "stdout"


class redirect_stderr(_Redirect):
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    # Exit callbacks gathered while the program runs, called last-in first-out when the
    # stack's own block ends (or close() is called), as nested `with`s would call them:
    # one that returns true swallows the exception on its way, one that raises replaces it.

    def __init__(self):
        self._exit_callbacks = []

    def _add(self, exit_function):
        self._exit_callbacks.append(exit_function)

    def push(self, exit):
        # An object with __exit__ is pushed as its bound __exit__; any other callable is
        # called as __exit__ would be.
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._add(exit)
        else:
            self._add(lambda kind, exc, tb: method(exit, kind, exc, tb))
        return exit

    def enter_context(self, cm):
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        leave = getattr(kind, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (kind.__module__, kind.__qualname__))
        entered = enter(cm)
        self._add(lambda k, exc, tb: leave(cm, k, exc, tb))
        return entered

    def callback(self, callback, /, *args, **kwds):
        def call_it(kind, exc, tb):
            callback(*args, **kwds)

        call_it.__wrapped__ = callback
        self._add(call_it)
        return callback

    def pop_all(self):
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        current = exc_details
        swallowed = False
        raised = None
        while self._exit_callbacks:
            exit_function = self._exit_callbacks.pop()
            try:
                if exit_function(*current):
                    swallowed = True
                    raised = None
                    current = (None, None, None)
            except BaseException as new:
                raised = new
                current = (type(new), new, None)
        if raised is not None:
            raise raised
        return had_exception and swallowed

    def close(self):
        self.__exit__(None, None, None)
