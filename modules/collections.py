# collections — CPython 3.11's container types for Edge Python, in plain Python
# (modules/README.md): deque, defaultdict, Counter, OrderedDict, ChainMap, namedtuple.
# defaultdict, Counter and OrderedDict are dict subclasses, as in CPython; deque and the
# namedtuple classes are ordinary classes (the VM cannot subclass tuple), whose
# differences tests/diff/stdlib_collections.md lists.

from keyword import iskeyword as _iskeyword
from copy import deepcopy as _deepcopy

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]

# The ids of the containers whose repr is being built: a container that holds itself
# prints as [...] instead of recursing for ever.
_repr_running = set()


def _type_name(x):
    return type(x).__name__


# ---- deque ----

# A deque is a list and the index of its first item. Items before the head are dead
# slots (None): popleft moves the head in O(1) and the list drops its dead front once it
# is at least half of the list, so every operation at either end is O(1) amortized.
# appendleft at head 0 grows the dead front by the deque's size (at least 8) in one step.
_COMPACT_MIN = 32


class deque:
    def __init__(self, iterable=None, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._max = maxlen
        self._d = []
        self._h = 0
        # Without maxlen, append is the list's own (a call into C, not a Python method).
        # The list therefore stays the same object for the deque's whole life.
        if maxlen is None and type(self).append is deque.append:
            self.append = self._d.append
        if iterable is not None:
            self.extend(iterable)

    # The live items as one list starting at index 0 (drops the dead front).
    def _items(self):
        h = self._h
        if h:
            del self._d[:h]
            self._h = 0
        return self._d

    @property
    def maxlen(self):
        return self._max

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) > self._h

    def append(self, x):
        m = self._max
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self.popleft()
        self._d.append(x)

    def appendleft(self, x):
        m = self._max
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self._d.pop()
        h = self._h
        if h == 0:
            d = self._d
            h = len(d)
            if h < 8:
                h = 8
            d[0:0] = [None] * h
        h -= 1
        self._d[h] = x
        self._h = h

    def pop(self):
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        return self._d.pop()

    def popleft(self):
        d = self._d
        h = self._h
        if len(d) == h:
            raise IndexError("pop from an empty deque")
        x = d[h]
        d[h] = None
        h += 1
        if h >= _COMPACT_MIN and h + h >= len(d):
            del d[:h]
            h = 0
        self._h = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self._d[self._h:])
        d = self._d
        d.extend(iterable)
        m = self._max
        if m is not None:
            extra = len(d) - self._h - m
            if extra > 0:
                del d[:self._h + extra]
                self._h = 0

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self._d[self._h:])
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        del self._d[:]
        self._h = 0

    def copy(self):
        return type(self)(self, self._max)

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        result = type(self)(maxlen=self._max)
        memo[id(self)] = result
        result.extend([_deepcopy(x, memo) for x in self._items()])
        return result

    def count(self, x):
        return self._items().count(x)

    def index(self, x, start=0, stop=None):
        items = self._items()
        try:
            if stop is None:
                return items.index(x, start)
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x):
        m = self._max
        if m is not None and len(self._d) - self._h >= m:
            raise IndexError("deque already at its maximum size")
        self._items().insert(i, x)

    def remove(self, value):
        items = self._items()
        try:
            i = items.index(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None
        del items[i]

    def reverse(self):
        self._items().reverse()

    def rotate(self, n=1):
        size = len(self._d) - self._h
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if n <= 8:
            for _ in range(n):
                self.appendleft(self._d.pop())
        elif size - n <= 8:
            for _ in range(size - n):
                self._d.append(self.popleft())
        else:
            items = self._items()
            items[:] = items[size - n:] + items[:size - n]

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{_type_name(i)}'")
        size = len(self._d) - self._h
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return self._h + i

    def __getitem__(self, i):
        return self._d[self._index(i)]

    def __setitem__(self, i, x):
        self._d[self._index(i)] = x

    def __delitem__(self, i):
        i = self._index(i) - self._h
        del self._items()[i]

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return reversed(self._items())

    def __contains__(self, x):
        return x in self._items()

    def __repr__(self):
        name = _type_name(self)
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        if self._max is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._max})"

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        if n <= 0:
            self.clear()
            return self
        self.extend(items * (n - 1))
        return self


# ---- defaultdict ----

class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        return f"{_type_name(self)}({self.default_factory!r}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    # copy.deepcopy cannot see default_factory: the VM gives an instance of a dict
    # subclass no __dict__.
    def __deepcopy__(self, memo):
        result = type(self)(self.default_factory)
        memo[id(self)] = result
        for key, value in self.items():
            result[_deepcopy(key, memo)] = _deepcopy(value, memo)
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ---- OrderedDict ----

class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            dict.clear(self)
            self[key] = value
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return f"{_type_name(self)}()"
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return f"{_type_name(self)}({list(self.items())!r})"
        finally:
            _repr_running.discard(key)

    # As plain dicts (dict.__eq__(self, other) would come back here in this VM), and in
    # order when both are OrderedDicts.
    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if dict(self) != dict(other):
            return False
        return not isinstance(other, OrderedDict) or list(self) == list(other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ---- Counter ----

def _is_mapping(x):
    return isinstance(x, dict) or (hasattr(x, "keys") and hasattr(x, "__getitem__"))


# ---- Counter ----

def _by_count(item):
    return item[1]


# A Counter method that takes only another Counter (NotImplemented otherwise).
def _counters_only(method):
    def checked(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return method(self, other)

    checked.__name__ = method.__name__
    return checked


# Whether test(self[e], other[e]) holds for every element of either (a missing one
# counts 0): the multiset comparisons of 3.10.
def _every_count(a, b, test):
    for side in (a, b):
        for elem in side:
            if not test(a[elem], b[elem]):
                return False
    return True


# A new Counter of combine(a[e], b[e]) over the elements of a, then those only in b
# (with 0 for a's count), keeping the positive results: +, -, | and & as multisets.
def _merged(a, b, combine):
    result = Counter()
    for elem, count in a.items():
        value = combine(count, b[elem])
        if value > 0:
            result[elem] = value
    for elem, count in b.items():
        if elem not in a:
            value = combine(0, count)
            if value > 0:
                result[elem] = value
    return result


class Counter(dict):
    """A dict of counts: missing elements count 0; counting, arithmetic and comparison as
    multisets."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts keep the order they were first met in.
        ranked = sorted(self.items(), key=_by_count, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            yield from [elem] * count if count > 0 else ()

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    # update adds counts (a mapping's counts, or 1 for each item of an iterable);
    # subtract takes them away.
    def update(self, iterable=None, /, **kwds):
        self._count_in(iterable, 1)
        if kwds:
            self._count_in(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._count_in(iterable, -1)
        if kwds:
            self._count_in(kwds, -1)

    def _count_in(self, source, sign):
        if source is None:
            return
        if not _is_mapping(source):
            for elem in source:
                self[elem] = self.get(elem, 0) + sign
        elif sign < 0:
            for elem in source.keys():
                self[elem] = self.get(elem, 0) - source[elem]
        elif self:
            for elem in source.keys():
                self[elem] = source[elem] + self.get(elem, 0)
        elif isinstance(source, dict):
            # Counting into an empty Counter: the mapping's counts as they are.
            dict.update(self, source)
        else:
            for elem in source.keys():
                self[elem] = source[elem]

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    # Deleting a missing element is no error.
    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return _type_name(self) + "()"
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that do not order: as they are.
            shown = dict(self)
        return f"{_type_name(self)}({shown!r})"

    __hash__ = None

    __eq__ = _counters_only(lambda self, other: _every_count(self, other, lambda x, y: x == y))
    __le__ = _counters_only(lambda self, other: _every_count(self, other, lambda x, y: x <= y))
    __ge__ = _counters_only(lambda self, other: _every_count(self, other, lambda x, y: x >= y))
    __ne__ = _counters_only(lambda self, other: not self == other)
    __lt__ = _counters_only(lambda self, other: self <= other and self != other)
    __gt__ = _counters_only(lambda self, other: self >= other and self != other)

    __add__ = _counters_only(lambda self, other: _merged(self, other, lambda x, y: x + y))
    __sub__ = _counters_only(lambda self, other: _merged(self, other, lambda x, y: x - y))
    __or__ = _counters_only(lambda self, other: _merged(self, other, lambda x, y: y if x < y else x))
    __and__ = _counters_only(lambda self, other: _merged(self, other, lambda x, y: x if x < y else y))

    # Unary + drops the counts that are not positive; unary - keeps the negative ones,
    # negated.
    def __pos__(self):
        return _merged(self, Counter(), lambda x, y: x)

    def __neg__(self):
        return _merged(self, Counter(), lambda x, y: 0 - x)

    # The in-place forms change this Counter, then drop what is not positive.
    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem in list(self):
            if other[elem] < self[elem]:
                self[elem] = other[elem]
        return self._keep_positive()


# ---- ChainMap ----

# action(first mapping, *args), its KeyError replaced by one that says `message`. The
# first mapping may be any mutable mapping: its own method of that name is called.
def _on_first(chain, message, action, *args):
    first = chain.maps[0]
    try:
        return getattr(first, action.__name__)(*args)
    except KeyError:
        raise KeyError(message) from None


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return default

    def __len__(self):
        return len(self._keys())

    def _keys(self):
        seen = {}
        for mapping in reversed(self.maps):
            seen.update(dict.fromkeys(mapping))
        return seen

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return self._keys().keys()

    def items(self):
        return [(key, self[key]) for key in self._keys()]

    def values(self):
        return [self[key] for key in self._keys()]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return f"{_type_name(self)}({', '.join(repr(m) for m in self.maps)})"
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    # Changes reach only the first mapping; a KeyError there says so.
    def __delitem__(self, key):
        _on_first(self, f"Key not found in the first mapping: {key!r}", dict.pop, key)

    def popitem(self):
        return _on_first(self, "No keys found in the first mapping.", dict.popitem)

    def pop(self, key, *args):
        return _on_first(self, f"Key not found in the first mapping: {key!r}", dict.pop, key, *args)

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    # MutableMapping.update's rules (a mapping, else (key, value) pairs; then keywords),
    # into the first mapping.
    def update(self, other=(), /, **kwds):
        pairs = [(key, other[key]) for key in other.keys()] if _is_mapping(other) else other
        first = self.maps[0]
        for key, value in [*pairs, *kwds.items()]:
            first[key] = value

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---- namedtuple ----

# A namedtuple class is an ordinary class over one attribute, _t, the tuple of its
# fields; each field is a read-only property, and the class behaves as a tuple does
# (indexing, slicing, iteration, unpacking, len, ==, <, hash, +, *). It is not a subclass
# of tuple: isinstance(p, tuple) is False (tests/diff/stdlib_collections.md).

def _field_getter(i):
    return property(lambda self: self._t[i])


def _plural_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


# The tuple of fields for cls(*args, **kwargs), with CPython's errors for bad arguments.
def _bind(cls, args, kwargs):
    fields = cls._fields
    n = len(fields)
    where = f"{cls.__name__}.__new__()"
    if len(args) > n:
        need = n - len(cls._field_defaults)
        if need == n:
            takes = f"{n + 1} positional arguments"
        else:
            takes = f"from {need + 1} to {n + 1} positional arguments"
        raise TypeError(f"{where} takes {takes} but {len(args) + 1} were given")
    values = list(args) + [_MISSING] * (n - len(args))
    index = cls._field_index
    for key, value in kwargs.items():
        i = index.get(key)
        if i is None:
            raise TypeError(f"{where} got an unexpected keyword argument '{key}'")
        if i < len(args):
            raise TypeError(f"{where} got multiple values for argument '{key}'")
        values[i] = value
    missing = []
    defaults = cls._field_defaults
    for i in range(len(args), n):
        if values[i] is _MISSING:
            name = fields[i]
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        s = "" if len(missing) == 1 else "s"
        raise TypeError(f"{where} missing {len(missing)} required positional argument{s}: "
                        f"{_plural_names(missing)}")
    return tuple(values)


_MISSING = object()


class _NamedTuple:
    # Construction binds the arguments in __new__, as CPython's namedtuple does, so that a
    # subclass's __new__ can call super().__new__(cls, ...). The VM does not call an
    # inherited __new__ when a subclass is called (it makes the object and calls __init__),
    # so __init__ binds them too when __new__ has not run.
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        if kwargs or len(args) != len(cls._fields):
            args = _bind(cls, args, kwargs)
        self.__dict__["_t"] = args
        return self

    def __init__(self, *args, **kwargs):
        d = self.__dict__
        if "_t" not in d:
            if kwargs or len(args) != len(self._fields):
                args = _bind(type(self), args, kwargs)
            d["_t"] = args

    @classmethod
    def _make(cls, iterable):
        t = tuple(iterable)
        if len(t) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(t)}")
        self = object.__new__(cls)
        self.__dict__["_t"] = t
        return self

    def _replace(self, **kwds):
        values = list(self._t)
        index = self._field_index
        for key, value in kwds.items():
            i = index.get(key)
            if i is None:
                unknown = [k for k in kwds if k not in index]
                raise ValueError(f"Got unexpected field names: {unknown!r}")
            values[i] = value
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self._t))

    # The fields are read-only; a class made by namedtuple() takes no other attributes
    # (CPython's has __slots__ = ()), a subclass of one does.
    def __setattr__(self, name, value):
        if name in self._field_index:
            raise AttributeError("can't set attribute")
        if type(self)._exact is type(self):
            raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._field_index:
            raise AttributeError("can't delete attribute")
        object.__delattr__(self, name)

    def __repr__(self):
        parts = [f"{name}={value!r}" for name, value in zip(self._fields, self._t)]
        return f"{_type_name(self)}({', '.join(parts)})"

    def __getnewargs__(self):
        return self._t

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __reversed__(self):
        return reversed(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def count(self, x):
        return self._t.count(x)

    def index(self, x, *args):
        return self._t.index(x, *args)

    def __eq__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t != other._t
        if isinstance(other, tuple):
            return self._t != other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t < other._t
        if isinstance(other, tuple):
            return self._t < other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t <= other._t
        if isinstance(other, tuple):
            return self._t <= other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t > other._t
        if isinstance(other, tuple):
            return self._t > other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t >= other._t
        if isinstance(other, tuple):
            return self._t >= other
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, _NamedTuple):
            return self._t + other._t
        if isinstance(other, tuple):
            return self._t + other
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, tuple):
            return other + self._t
        return NotImplemented

    def __mul__(self, n):
        return self._t * n

    __rmul__ = __mul__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[i] = f"_{i}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value
    fields = tuple(field_names)
    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "__module__": "__main__" if module is None else module,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "_field_index": {name: i for i, name in enumerate(fields)},
        "__match_args__": fields,
    }
    for i, name in enumerate(fields):
        namespace[name] = _field_getter(i)
    cls = type(typename, (_NamedTuple,), namespace)
    cls._exact = cls
    return cls
