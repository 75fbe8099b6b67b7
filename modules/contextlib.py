# contextlib — CPython 3.11's context-manager utilities for Edge Python, in plain Python
# (modules/README.md): contextmanager (as a `with` and as a decorator), suppress,
# closing, nullcontext, redirect_stdout, redirect_stderr, ExitStack, ContextDecorator and
# AbstractContextManager. print() writes to sys.stdout as the program sets it, so
# redirect_stdout catches what print writes (the host prints tracebacks itself: an
# uncaught exception's report does not go through sys.stderr). The async versions
# wait for async, and chdir for the os module.

import sys
from abc import ABC, abstractmethod

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress"]


def _has_methods(C, *methods):
    for method in methods:
        for B in C.__mro__:
            own = getattr(B, "__dict__", None)
            if own is not None and method in own:
                if own[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    """Something `with` can use: __enter__ (returning self here) and __exit__."""

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


# What functools.wraps copies, without importing functools.
def _wraps(wrapper, wrapped):
    for name in ("__module__", "__name__", "__qualname__"):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class ContextDecorator:
    "A context manager that also decorates a function: each call runs inside it."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wraps(inner, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What a @contextmanager function returns: its generator as a context manager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        # One generator serves one `with`: a decorated function makes a new one per call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            # An instance, so that the one thrown can be told from another coming back.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator finished: the exception is swallowed, unless it is the
            # StopIteration the body raised.
            return exc is not value
        except RuntimeError as exc:
            # The body's own exception comes back: let `with` re-raise it.
            if exc is value:
                return False
            # A StopIteration of the body that the generator turned into a
            # RuntimeError (PEP 479) is the body's exception still.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            # The body's exception went through the generator: `with` re-raises it;
            # another one, raised by the generator, propagates from here.
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Make a generator function that yields once into a context manager factory: the
    code before the yield is __enter__, the value yielded is what `as` binds, the code
    after it is __exit__ (an exception of the body is raised at the yield)."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


class closing(AbstractContextManager):
    """`with closing(thing) as t:` gives thing, and calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of the streams replaced, so that one object may be entered again.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Within the block, sys.stdout (and so print()) is the given file object."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Within the block, sys.stderr is the given file object."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """An exception of one of the given classes ends the block quietly; the program goes
    on after the `with` statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks and context managers entered while the program runs,
    all unwound (last in, first out) when the ExitStack's own block ends."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the callbacks to a new ExitStack, which it returns."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Push an __exit__-like callback (or an object's __exit__); it may swallow the
        exception by returning true."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm, push its __exit__, and return what __enter__ returned."""
        cls = type(cm)
        _enter = getattr(cls, "__enter__", None)
        _exit = getattr(cls, "__exit__", None)
        if _enter is None or _exit is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds), called at the end whatever happens."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append(_exit_wrapper)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # Last pushed, first called, as nested `with` statements would.
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                pending_raise = True
                exc_details = (type(new_exc), new_exc, None)
        if pending_raise:
            raise exc_details[1]
        return received_exc and suppressed_exc

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing: `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass
