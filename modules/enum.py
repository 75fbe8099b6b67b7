# enum — CPython 3.11's enumerations for Edge Python, in plain Python
# (modules/README.md): Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique,
# member, nonmember, the functional API (Enum("Animal", "ANT BEE")), and the members'
# reprs, strs, formats, lookups (Color(1), Color["RED"]), iteration, aliases, _missing_,
# _generate_next_value_, and Flag's combinations and boundaries, with CPython's messages.
#
# Edge Python has no metaclasses yet, so an enum class does the work of CPython's
# EnumType itself: Enum.__init_subclass__ turns the class body's values into members;
# a class method __iter__/__len__/__contains__/__reversed__ answers `for c in Color`,
# len(Color) and `c in Color` (the VM asks the class for it where CPython asks the
# metaclass: tests/diff/class_methods_for_metaclass_methods.md); Color["RED"] is
# __class_getitem__. What waits for metaclasses: repr(Color) (<enum 'Color'>: here
# <class '...Color'>), the class keyword boundary= (set _boundary_ in the body instead),
# refusing `Color.RED = 2`, and members that are real ints or strs: an IntEnum member
# acts as its int (arithmetic, comparisons, hashing, indexing, formatting) but
# isinstance(member, int) is False until the VM lets a class subclass int and str.

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique",
           "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "EnumCheck", "CONTINUOUS",
           "NAMED_FLAGS", "UNIQUE", "verify", "global_enum_repr", "global_str"]


class auto:
    """A placeholder in an enum class body: the member gets the value _generate_next_value_ gives."""

    _counter = [0]

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null
        auto._counter[0] += 1
        self._order = auto._counter[0]

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # In the class body, auto() is not a value yet (CPython's class namespace replaces it
    # at once): RW = R | W is worked out when the members are made.
    def __or__(self, other):
        return _AutoExpr(_or, self, other)

    def __ror__(self, other):
        return _AutoExpr(_or, other, self)

    def __and__(self, other):
        return _AutoExpr(_and, self, other)

    def __rand__(self, other):
        return _AutoExpr(_and, other, self)

    def __xor__(self, other):
        return _AutoExpr(_xor, self, other)

    def __rxor__(self, other):
        return _AutoExpr(_xor, other, self)

    def __add__(self, other):
        return _AutoExpr(_add, self, other)

    def __radd__(self, other):
        return _AutoExpr(_add, other, self)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


def _add(a, b):
    return a + b


class _AutoExpr(auto):
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b
        self.value = _auto_null

    def resolve(self):
        return self.op(_resolved(self.a), _resolved(self.b))


def _resolved(v):
    if isinstance(v, _AutoExpr):
        return v.resolve()
    if isinstance(v, auto):
        return v.value
    return v


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class member:
    """Forces the value to be a member, even a function."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the value out of the members, as a plain class attribute."""

    def __init__(self, value):
        self.value = value


class FlagBoundary:
    def __init__(self, name):
        self._name_ = name

    name = property(lambda self: self._name_)
    value = property(lambda self: self._name_.lower())

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name_, self._name_.lower())

    def __str__(self):
        return self._name_.lower()


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")


class EnumCheck:
    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return "<EnumCheck.%s: %r>" % (self._name_, self._name_.lower())


CONTINUOUS = EnumCheck("CONTINUOUS")
NAMED_FLAGS = EnumCheck("NAMED_FLAGS")
UNIQUE = EnumCheck("UNIQUE")


# Bound once the classes exist: Enum.__init_subclass__ runs for them too, before.
Flag = None
IntFlag = None


class EnumType:
    """What CPython's enum classes are instances of; here a name only (Edge Python has no
    metaclasses yet: an enum class is an ordinary class)."""


EnumMeta = EnumType


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, (property, classmethod, staticmethod)):
        return True
    if callable(obj) and not isinstance(obj, type):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _class_repr(cls):
    return "<%s %r>" % ("flag" if Flag is not None and issubclass(cls, Flag) else "enum", cls.__name__)


def _bit_count(n):
    return bin(n).count("1")


def _is_single_bit(n):
    return n > 0 and n & (n - 1) == 0


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _noop_init(self, *args, **kwds):
    pass


def _lookup_new(cls, value, *args, **kwds):
    # Color(1): the member with that value (Enum.__new__ after the class is made).
    if args or kwds or "_member_map_" not in vars(cls):
        if not vars(cls).get("_member_map_"):
            return _functional_create(cls, value, *args, **kwds)
    if isinstance(value, cls):
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    # Last, the class's _missing_ hook: a member, or None for CPython's ValueError; an
    # exception it raises goes out as it is, anything else it returns is a TypeError.
    found = cls._missing_(value)
    if isinstance(found, cls):
        return found
    if found is not None:
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, found))
    raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))


# The (name, value) pairs the functional API's `names` describe: "A B C" or "A, B, C"
# or a sequence of names (values from _generate_next_value_, as auto() gives them), a
# sequence of (name, value) pairs, or a mapping.
def _functional_members(cls, names, start):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, dict):
        return list(names.items())
    if not (isinstance(names, (tuple, list)) and names and isinstance(names[0], str)):
        return [(item, names[item]) if isinstance(item, str) else tuple(item) for item in names]
    pairs = []
    for position, name in enumerate(names):
        earlier = [value for _, value in pairs]
        pairs.append((name, cls._generate_next_value_(name, start, position, earlier)))
    return pairs


# Enum("Animal", "ANT BEE CAT"): a new enum class.
def _functional_create(cls, class_name, names=None, *, module=None, qualname=None, type=None, start=1,
                       boundary=None):
    if names is None:
        raise TypeError("%s() missing 1 required positional argument: 'value'" % cls.__name__)
    bases = (cls,) if type is None else (type, cls)
    ns = dict(_functional_members(cls, names, start))
    if boundary is not None:
        ns["_boundary_"] = boundary
    if qualname is not None:
        ns["__qualname__"] = qualname
    return _make_class(class_name, bases, ns)


def _make_class(name, bases, ns):
    return __builtins_type(name, bases, ns)


__builtins_type = type


class Enum:
    """The base of enumerations: a class whose attributes are its named, unique members.

    Members are the class attributes of an Enum subclass; Color(1) and Color["RED"] look
    them up, `for c in Color` goes through them in definition order."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        _make_members(cls)

    def __new__(cls, value, *args, **kwds):
        return _lookup_new(cls, value, *args, **kwds)

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    @classmethod
    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    @classmethod
    def __len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __contains__(cls, obj):
        if isinstance(obj, Enum):
            return isinstance(obj, cls) and obj._name_ in cls._member_map_
        raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'" % type(obj).__qualname__)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value of an auto(): one more than the latest value that can be incremented
        (start when none can)."""
        for earlier in last_values[::-1]:
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    # A member is unique: copies are the member itself, and pickling looks it up by value.
    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    __deepcopy__ = lambda self, memo: self

    name = property(lambda self: self._name_, doc="The member's name.")
    value = property(lambda self: self._value_, doc="The member's value.")

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]


Enum._value_repr_ = None
Enum._member_names_ = []
Enum._member_map_ = {}
Enum._value2member_map_ = {}


# The class body's values made members: CPython's EnumType.__new__, run from
# __init_subclass__ once the class exists.
def _make_members(cls):
    ns = vars(cls)
    for base in cls.__mro__[1:]:
        if base is not Enum and issubclass(base, Enum) and base._member_names_:
            raise TypeError("%s cannot extend %s" % (_class_repr(cls), _class_repr(base)))
    ignore = ns.get("_ignore_", [])
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    candidates = []
    for name, value in ns.items():
        if _is_dunder(name) or name in ignore or _is_private(cls.__name__, name):
            continue
        if _is_sunder(name):
            continue
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        candidates.append((name, value))
    for name in ignore:
        if name in ns:
            delattr(cls, name)

    # The members' own __new__ and __init__ make them; afterwards Color(1) only looks up.
    own_new = ns.get("__new__")
    if own_new is not None and own_new is not Enum.__dict__["__new__"]:
        cls._new_member_ = own_new
    own_init = ns.get("__init__")
    if own_init is not None and own_init is not _noop_init:
        cls._init_member_ = own_init
    cls.__new__ = Enum.__dict__["__new__"]
    cls.__init__ = _noop_init

    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    is_flag = Flag is not None and issubclass(cls, Flag)
    if is_flag:
        cls._boundary_ = ns.get("_boundary_") or getattr(cls, "_boundary_", None) or STRICT

    last_values = []
    count = 0
    for name, value in candidates:
        if isinstance(value, _AutoExpr):
            value = value.resolve()
        elif isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, count, last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            resolved = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = cls._generate_next_value_(name, 1, count, last_values[:])
                    v = v.value
                resolved.append(v)
            value = tuple(resolved)
        count += 1
        last_values.append(value)
        _add_member(cls, name, value)

    if is_flag:
        flag_mask = 0
        singles_mask = 0
        for m in cls._member_map_.values():
            v = m._value_
            if isinstance(v, int):
                flag_mask |= v
                if _is_single_bit(v):
                    singles_mask |= v
        cls._flag_mask_ = flag_mask
        cls._singles_mask_ = singles_mask
        cls._all_bits_ = 2 ** flag_mask.bit_length() - 1
        # Only the single-bit members are iterated; the others are aliases of combinations.
        cls._member_names_ = [n for n in cls._member_names_ if _is_single_bit(cls._member_map_[n]._value_)]
    cls.__members__ = _MembersProxy(cls._member_map_)


def _add_member(cls, name, value):
    args = value if isinstance(value, tuple) else (value,)
    new = getattr(cls, "_new_member_", None)
    if new is not None:
        m = new(cls, *args)
    else:
        m = object.__new__(cls)
    if "_value_" not in vars(m):
        if new is not None and not isinstance(value, tuple):
            m._value_ = value
        else:
            m._value_ = value if new is None or len(args) != 1 else args[0]
    m._name_ = name
    m.__objclass__ = cls
    init = getattr(cls, "_init_member_", None)
    if init is not None:
        init(m, *args)
    # An alias: a value some member already has.
    for existing in cls._member_map_.values():
        if existing._value_ == m._value_:
            cls._member_map_[name] = existing
            setattr(cls, name, existing)
            return
    cls._member_names_.append(name)
    cls._member_map_[name] = m
    try:
        cls._value2member_map_.setdefault(m._value_, m)
    except TypeError:
        pass
    setattr(cls, name, m)


# __members__: a read-only view of the name -> member map, aliases included.
class _MembersProxy:
    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


class ReprEnum(Enum):
    """An enum whose members print (str, format) as their mixed-in values do; only repr is the enum's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


# The operations of an int, for IntEnum and IntFlag members, which act as their value.
def _int_value(x):
    return x._value_ if isinstance(x, Enum) else x


class _IntLike:
    def __int__(self):
        return int(self._value_)

    def __index__(self):
        return int(self._value_)

    def __float__(self):
        return float(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _int_value(other)

    def __ne__(self, other):
        return self._value_ != _int_value(other)

    def __lt__(self, other):
        return self._value_ < _int_value(other)

    def __le__(self, other):
        return self._value_ <= _int_value(other)

    def __gt__(self, other):
        return self._value_ > _int_value(other)

    def __ge__(self, other):
        return self._value_ >= _int_value(other)

    def __bool__(self):
        return bool(self._value_)

    def __add__(self, other):
        return self._value_ + _int_value(other)

    def __radd__(self, other):
        return _int_value(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _int_value(other)

    def __rsub__(self, other):
        return _int_value(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _int_value(other)

    def __rmul__(self, other):
        return _int_value(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _int_value(other)

    def __rtruediv__(self, other):
        return _int_value(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _int_value(other)

    def __rfloordiv__(self, other):
        return _int_value(other) // self._value_

    def __mod__(self, other):
        return self._value_ % _int_value(other)

    def __rmod__(self, other):
        return _int_value(other) % self._value_

    def __divmod__(self, other):
        return divmod(self._value_, _int_value(other))

    def __rdivmod__(self, other):
        return divmod(_int_value(other), self._value_)

    def __pow__(self, other, mod=None):
        if mod is None:
            return self._value_ ** _int_value(other)
        return pow(self._value_, _int_value(other), mod)

    def __rpow__(self, other):
        return _int_value(other) ** self._value_

    def __lshift__(self, other):
        return self._value_ << _int_value(other)

    def __rlshift__(self, other):
        return _int_value(other) << self._value_

    def __rshift__(self, other):
        return self._value_ >> _int_value(other)

    def __rrshift__(self, other):
        return _int_value(other) >> self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits) if ndigits is not None else self._value_

    def __trunc__(self):
        return self._value_

    def __floor__(self):
        return self._value_

    def __ceil__(self):
        return self._value_

    def __and__(self, other):
        return self._value_ & _int_value(other)

    def __rand__(self, other):
        return _int_value(other) & self._value_

    def __or__(self, other):
        return self._value_ | _int_value(other)

    def __ror__(self, other):
        return _int_value(other) | self._value_

    def __xor__(self, other):
        return self._value_ ^ _int_value(other)

    def __rxor__(self, other):
        return _int_value(other) ^ self._value_

    def __invert__(self):
        return ~self._value_

    @property
    def real(self):
        return self._value_

    @property
    def imag(self):
        return 0

    @property
    def numerator(self):
        return self._value_

    @property
    def denominator(self):
        return 1

    def conjugate(self):
        return self._value_

    def bit_length(self):
        return self._value_.bit_length()

    def as_integer_ratio(self):
        return (self._value_, 1)


class IntEnum(_IntLike, ReprEnum):
    """An enum whose members are ints and compare and compute as ints."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        for m in cls._member_map_.values():
            if not isinstance(m._value_, int):
                try:
                    m._value_ = int(m._value_)
                except (TypeError, ValueError):
                    raise TypeError("%r is not an int" % (m._value_,)) from None
        cls._value2member_map_ = {m._value_: m for m in cls._member_map_.values()}


IntEnum._value_repr_ = None
IntEnum._edge_int_ = True


class StrEnum(ReprEnum):
    """An enum whose members are strs."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        for m in cls._member_map_.values():
            if not isinstance(m._value_, str):
                raise TypeError("%r is not a string" % (m._value_,))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum: the member's name in lower case."""
        return name.lower()

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, Enum) else other)

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return item in self._value_

    def __getitem__(self, i):
        return self._value_[i]

    def __add__(self, other):
        return self._value_ + (other._value_ if isinstance(other, Enum) else other)

    def __radd__(self, other):
        return other + self._value_

    def __mul__(self, n):
        return self._value_ * n

    def __getattr__(self, name):
        # The str's own methods: member.upper(), member.startswith("x").
        if name.startswith("_"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(self._value_, name)


StrEnum._edge_str_ = True


# A Flag value brought within the class's bits as its boundary says (STRICT refuses what
# lies outside, CONFORM drops it, EJECT and KEEP keep it); a negative value is taken as
# its complement within the bits. Returns (value, the negative value or None).
def _flag_bits_in_range(cls, value):
    everything, defined = cls._all_bits_, cls._flag_mask_
    if value > everything or value < ~everything or value & (everything ^ defined):
        if cls._boundary_ is STRICT:
            width = max(value.bit_length(), defined.bit_length())
            raise ValueError("%s invalid value %r\n    given %s\n  allowed %s"
                             % (_class_repr(cls), value, _bin(value, width), _bin(defined, width)))
        if cls._boundary_ is CONFORM:
            value &= defined
        elif value < 0:
            value += max(everything + 1, 2 ** value.bit_length())
    if value >= 0:
        return value, None
    return value + everything + 1, value


# The name of a composite flag value: its members' names joined by "|" (the single-bit
# members first, then any alias whose bits all lie in the value), then the bits no
# member covers as a number. Returns (name, those uncovered bits).
def _composite_name(cls, value):
    singles = cls._singles_mask_
    parts = list(cls._iter_member_(value & singles))
    if value & ~singles:
        for m in cls._member_map_.values():
            if m not in parts and m._value_ and m._value_ & value == m._value_:
                parts.append(m)
    covered = 0
    for m in parts:
        covered |= m._value_
    uncovered = value ^ covered
    if not covered:
        return None, uncovered
    if uncovered and cls._boundary_ is STRICT:
        raise ValueError("%r: no members with value %r" % (cls, uncovered))
    name = "|".join([m._name_ for m in parts])
    if uncovered:
        name += "|" + cls._numeric_repr_(uncovered)
    return name, uncovered


class Flag(Enum):
    """Support for flags: members combine with |, & and ^ into members of the class."""

    _boundary_ = None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two after the highest value so far (1 for the first)."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        # The single-bit members in value, in definition order.
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_:
                yield m

    @classmethod
    def _numeric_repr_(cls, value):
        return repr(value)

    @classmethod
    def _missing_(cls, value):
        """A value made of the members' bits: the composite member for it (made once and
        kept, when every bit belongs to a member)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        value, negative = _flag_bits_in_range(cls, value)
        stray = value & ~cls._flag_mask_
        if stray and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (cls.__name__, value, stray, bin(stray)))
        name, stray = _composite_name(cls, value) if value else (None, stray)
        known = cls._value2member_map_.get(value) if not stray else None
        if known is None:
            known = object.__new__(cls)
            known._value_, known._name_ = value, name
            if not stray:
                # Kept, so that the same value gives the same object (also its negative).
                cls._value2member_map_[value] = known
        if not stray and negative is not None:
            cls._value2member_map_[negative] = known
        return known

    def __contains__(self, other):
        """Whether every flag set in other is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-bit members set in this value, in the order the class defines them."""
        return self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if isinstance(self, IntFlag) and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._flag_mask_ = 0
Flag._singles_mask_ = 0
Flag._all_bits_ = 0


class IntFlag(_IntLike, ReprEnum, Flag):
    """A Flag whose members are ints too."""

    _boundary_ = None

    def __contains__(self, other):
        return Flag.__contains__(self, other)

    def __iter__(self):
        return Flag.__iter__(self)

    def __len__(self):
        return Flag.__len__(self)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__
    __bool__ = _IntLike.__bool__


IntFlag._edge_int_ = True
IntFlag._boundary_ = KEEP
Flag._boundary_ = STRICT


def unique(enumeration):
    """Class decorator: refuse an enum in which two names share one value (aliases)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %s: %s" % (_class_repr(enumeration), alias_details))
    return enumeration


def verify(*checks):
    """Class decorator: apply the checks given (UNIQUE, CONTINUOUS, NAMED_FLAGS) to an enum."""
    def decorate(enumeration):
        for check in checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(m._value_ for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high + 1) if v not in values]
                if missing:
                    raise ValueError("invalid enum %r: missing values %s"
                                     % (enumeration.__name__, ", ".join([str(m) for m in missing])))
        return enumeration
    return decorate


def global_enum_repr(self):
    return "%s.%s" % (self.__class__.__module__, self._name_)


def global_str(self):
    return self._name_
