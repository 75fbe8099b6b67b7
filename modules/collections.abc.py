# collections.abc — the container ABCs of CPython 3.11 for Edge Python, in plain Python
# (modules/README.md): the one-method protocols (Hashable, Iterable, Sized, ...), the
# collections built on them (Set, Mapping, Sequence and their mutable kinds, the views)
# with their mixin methods, ByteString and the async protocols.
#
# isinstance() and issubclass() answer as CPython's do. A protocol ABC counts a class as
# its subclass when the class (or one before it in its MRO) defines the protocol's
# methods, not as None; the builtin types are registered where CPython registers them.
# The VM asks the ABC's class method __subclasscheck__ (abc.py) where CPython asks the
# metaclass, and the VM's builtin classes have no __dict__, so what they define is
# written down in _NATIVE below.
#
# The file is collections.abc.py: `from collections.abc import Iterable` and
# `import collections.abc as cabc` work.

from abc import ABC, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable", "Iterable",
           "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable", "Collection", "Set",
           "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]


def _a_generator_function():
    yield


_KeysType = type({}.keys())
_ItemsType = type({}.items())
_ValuesType = type({}.values())
_GeneratorType = type(_a_generator_function())
_ITERATOR_TYPES = [type(iter(x)) for x in ([], (), "", {}, {}.values(), {}.items(), set(), range(1))]
_ITERATOR_TYPES += [type(reversed(x)) for x in ([], range(1), {})]
_ITERATOR_TYPES += [type(zip()), type(map(len, [])), type(filter(None, [])), type(enumerate([]))]

# What each builtin type defines, by method name: a set of names it has, and a set it
# sets to None (the unhashable containers' __hash__).
_NATIVE = {}
_NATIVE_NONE = {}


def _native(names, *types, none=""):
    for t in types:
        _NATIVE.setdefault(t, set()).update(names.split())
        _NATIVE_NONE.setdefault(t, set()).update(none.split())


_native("__hash__", object)
_native("__hash__ __iter__ __len__ __contains__ __getitem__", str, tuple, range)
_native("__iter__ __len__ __contains__ __getitem__", list, dict, none="__hash__")
_native("__iter__ __len__ __contains__", set, _KeysType, _ItemsType, none="__hash__")
_native("__hash__ __iter__ __len__ __contains__", frozenset)
_native("__iter__ __len__", _ValuesType)
_native("__reversed__", range, list, dict, _KeysType, _ItemsType, _ValuesType)
_native("__iter__ __next__", *_ITERATOR_TYPES)
_native("__iter__ __next__ send throw close", _GeneratorType)
_native("__call__", type(_a_generator_function), type(len), type(ABC.register), type([].append), type)
_native("", slice, none="__hash__")


# Where `name` is first found along C's MRO: True when it is a real attribute there,
# False when it is None there or nowhere to be found.
def _has_method(C, name):
    for klass in C.__mro__:
        if klass in _NATIVE:
            if name in _NATIVE_NONE[klass]:
                return False
            if name in _NATIVE[klass]:
                return True
            continue
        own = getattr(klass, "__dict__", None) or {}
        if name in own:
            return own[name] is not None
    return False


# Class decorator for a protocol ABC: the ABC itself (not its subclasses, which may
# demand more) recognises any class that has all of `names`.
def _protocol(*names):
    def install(abc_class):
        def __subclasshook__(cls, C):
            if cls is not abc_class:
                return NotImplemented
            return True if all(_has_method(C, n) for n in names) else NotImplemented

        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class

    return install


_EMPTY = iter(())


# An abstract method's default body, for super() calls: it raises `outcome` when that is
# an exception class, else returns it.
def _abstract(outcome=None):
    def method(self, *args, **kwargs):
        if isinstance(outcome, type) and issubclass(outcome, BaseException):
            raise outcome
        return outcome

    method.__isabstractmethod__ = True
    return method


# Iterable[int], Callable[[int], str]: a subscripted ABC, for annotations; calling it
# calls the ABC.
class _Parameterized:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if type(args) is tuple else (args,)

    def __repr__(self):
        shown = ", ".join([_type_repr(a) for a in self.__args__])
        return "collections.abc." + self.__origin__.__name__ + "[" + shown + "]"

    def __eq__(self, other):
        if type(other) is not _Parameterized:
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _type_repr(arg):
    if type(arg) is list:
        return "[" + ", ".join([_type_repr(a) for a in arg]) + "]"
    if arg is ...:
        return "..."
    if isinstance(arg, type):
        return arg.__qualname__ if arg.__module__ == "builtins" else arg.__module__ + "." + arg.__qualname__
    return repr(arg)


def _subscript(cls, args):
    return _Parameterized(cls, args)


_generic = classmethod(_subscript)


# ---- the protocols: one or a few methods each ----

@_protocol("__hash__")
class Hashable(ABC):
    __hash__ = _abstract(0)


@_protocol("__iter__")
class Iterable(ABC):
    __class_getitem__ = _generic

    __iter__ = _abstract(_EMPTY)


@_protocol("__iter__", "__next__")
class Iterator(Iterable):
    def __iter__(self):
        return self

    __next__ = _abstract(StopIteration)


for _t in _ITERATOR_TYPES:
    Iterator.register(_t)


@_protocol("__reversed__", "__iter__")
class Reversible(Iterable):
    __reversed__ = _abstract(_EMPTY)


# What throw(typ, val, tb) raises by default: the instance, or one made from the class.
def _thrown(typ, val):
    raise typ if val is None else val


# close() for generators and coroutines: GeneratorExit or StopIteration out of
# throw(GeneratorExit) means it stopped; a value means it went on, which is an error.
def _closer(kind):
    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(kind + " ignored GeneratorExit")

    return close


@_protocol("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    send = _abstract(StopIteration)

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _thrown(typ, val)

    close = _closer("generator")


Generator.register(_GeneratorType)


@_protocol("__len__")
class Sized(ABC):
    __len__ = _abstract(0)


@_protocol("__contains__")
class Container(ABC):
    __class_getitem__ = _generic

    __contains__ = _abstract(False)


@_protocol("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    pass


@_protocol("__call__")
class Callable(ABC):
    __class_getitem__ = _generic

    __call__ = _abstract(False)


@_protocol("__await__")
class Awaitable(ABC):
    __class_getitem__ = _generic

    __await__ = _abstract(_EMPTY)


@_protocol("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    send = _abstract(StopIteration)

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _thrown(typ, val)

    close = _closer("coroutine")


@_protocol("__aiter__")
class AsyncIterable(ABC):
    __class_getitem__ = _generic

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_protocol("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    def __aiter__(self):
        return self

    __anext__ = _abstract(StopAsyncIteration)


@_protocol("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    def __anext__(self):
        return self.asend(None)

    asend = _abstract(StopAsyncIteration)

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        _thrown(typ, val)

    def aclose(self):
        raise NotImplementedError("async generators are not supported")


# ---- sets ----

# A Set comparison takes only another Set; anything else gives NotImplemented.
def _against_sets(compare):
    def method(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return compare(self, other)

    method.__name__ = compare.__name__
    return method


def _all_in(items, container):
    for item in items:
        if item not in container:
            return False
    return True


class Set(Collection):
    """A finite iterable container of distinct items. A subclass defines __contains__,
    __iter__ and __len__; comparisons and operators are built on them, and results are
    made by the class method _from_iterable (the constructor unless overridden)."""

    @_against_sets
    def __le__(self, other):
        return len(self) <= len(other) and _all_in(self, other)

    @_against_sets
    def __lt__(self, other):
        return len(self) < len(other) and _all_in(self, other)

    @_against_sets
    def __ge__(self, other):
        return len(self) >= len(other) and _all_in(other, self)

    @_against_sets
    def __gt__(self, other):
        return len(self) > len(other) and _all_in(other, self)

    @_against_sets
    def __eq__(self, other):
        return len(self) == len(other) and _all_in(self, other)

    @classmethod
    def _from_iterable(cls, it):
        """Build a result of this class from an iterable (override it when the constructor
        takes something else)."""
        return cls(it)

    # `other` as a Set for -, ^ and their reflections; None when it is not iterable.
    def _coerce(self, other):
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def isdisjoint(self, other):
        """True when no item of `other` is in this set."""
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([item for item in other if item in self])

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([*self, *other])

    __ror__ = __or__

    def __sub__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in self if item not in other])

    def __rsub__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in other if item not in self])

    def __xor__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable Set: the one a frozenset of the same items has, so equal
        sets hash alike whatever their order."""
        return hash(frozenset(self))


Set.register(frozenset)


def _each(action, values):
    for value in values:
        action(value)


class MutableSet(Set):
    """A Set that changes in place: a subclass also defines add and discard."""

    add = _abstract(NotImplementedError)

    discard = _abstract(NotImplementedError)

    def remove(self, value):
        """Take value out of the set; KeyError when it is not there."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Take out and return some item; KeyError when the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Take out every item, one pop at a time."""
        while len(self):
            self.pop()

    # The in-place operators change this set and return it.
    def __ior__(self, it):
        _each(self.add, it)
        return self

    def __iand__(self, it):
        _each(self.discard, self - it)
        return self

    # x ^= x and x -= x empty the set (iterating x while changing it would not).
    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            for value in self._coerce(it):
                (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            _each(self.discard, it)
        return self


MutableSet.register(set)


# ---- mappings ----

class Mapping(Collection):
    """A read-only mapping from keys to values: a subclass defines __getitem__, __iter__
    and __len__; get, in, the views and == are built on them."""

    # Mappings are not reversible unless they say so (dict does).
    __reversed__ = None

    __getitem__ = _abstract(KeyError)

    def get(self, key, default=None):
        """self[key] when the key is there, else default."""
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # The three views, each wrapping this mapping.
    def keys(self):
        return KeysView(self)

    def values(self):
        return ValuesView(self)

    def items(self):
        return ItemsView(self)


class MappingView(Sized):
    __class_getitem__ = _generic

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"


# The views build their set results as plain sets.
def _plain_set(cls, it):
    return set(it)


class KeysView(MappingView, Set):
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


KeysView.register(_KeysType)


def _same(a, b):
    return a is b or a == b


class ItemsView(MappingView, Set):
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, value = item
        m = self._mapping
        return key in m and _same(m[key], value)

    def __iter__(self):
        m = self._mapping
        return ((key, m[key]) for key in m)


ItemsView.register(_ItemsType)


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        m = self._mapping
        return (m[key] for key in m)


ValuesView.register(_ValuesType)

# Stands for "no default given" in MutableMapping.pop.
_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that changes in place: a subclass also defines __setitem__ and
    __delitem__."""

    __setitem__ = _abstract(KeyError)

    __delitem__ = _abstract(KeyError)

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; without it, default when given, else
        KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while len(self):
            self.popitem()

    def update(self, other=(), /, **kwds):
        """Set items from a mapping (or anything with keys()) or from (key, value) pairs,
        then from the keyword arguments."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            pairs = [(key, other[key]) for key in (other if isinstance(other, Mapping) else other.keys())]
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key] when the key is there; else set it to default and return that."""
        try:
            value = self[key]
        except KeyError:
            self[key] = value = default
        return value


MutableMapping.register(dict)


# ---- sequences ----

# (position, item) from `start` on, until the sequence raises IndexError: the old
# sequence protocol, which needs only __getitem__.
def _indexed(seq, start):
    position = start
    while True:
        try:
            item = seq[position]
        except IndexError:
            return
        yield position, item
        position += 1


class Sequence(Reversible, Collection):
    """A read-only sequence: a subclass defines __getitem__ (raising IndexError past the
    end) and __len__; iteration, in, reversed, index and count are built on them."""

    __getitem__ = _abstract(IndexError)

    def __iter__(self):
        for _, item in _indexed(self, 0):
            yield item

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        position = len(self)
        while position > 0:
            position -= 1
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first position of value in [start:stop]; ValueError when absent."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        for position, item in _indexed(self, start):
            if stop is not None and position >= stop:
                break
            if _same(item, value):
                return position
        raise ValueError

    def count(self, value):
        """How many items equal value."""
        return len([item for item in self if _same(item, value)])


for _t in (tuple, str, range):
    Sequence.register(_t)


class ByteString(Sequence):
    """bytes and bytearray (which Edge Python does not have yet)."""


class MutableSequence(Sequence):
    """A sequence that changes in place: a subclass also defines __setitem__, __delitem__
    and insert."""

    __setitem__ = _abstract(IndexError)

    __delitem__ = _abstract(IndexError)

    insert = _abstract(IndexError)

    def append(self, value):
        """Put value at the end."""
        self.insert(len(self), value)

    def extend(self, values):
        """Append each item of values (a copy first, when it is this sequence)."""
        for value in list(values) if values is self else values:
            self.append(value)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first item equal to value; ValueError when there is none."""
        del self[self.index(value)]

    def clear(self):
        """Remove every item."""
        while len(self):
            self.pop()

    def reverse(self):
        """Reverse the items in place."""
        left, right = 0, len(self) - 1
        while left < right:
            self[left], self[right] = self[right], self[left]
            left += 1
            right -= 1


MutableSequence.register(list)

del _t
