# dataclasses — CPython 3.11's data classes for Edge Python, in plain Python
# (modules/README.md): @dataclass (init, repr, eq, order, unsafe_hash, frozen,
# match_args, kw_only), field, Field, fields, asdict, astuple, replace, make_dataclass,
# is_dataclass, InitVar, KW_ONLY, MISSING and FrozenInstanceError, with CPython's reprs
# and messages.
#
# CPython writes each class's __init__, __repr__, __eq__ ... as source text and compiles
# it; Edge Python has no exec, so here they are closures over the class's fields, named
# as CPython names them (Point.__init__), with the argument checking of a real signature
# done by _bind ("Point.__init__() missing 1 required positional argument: 'y'").
# slots=True and weakref_slot=True are accepted and change nothing: the VM keeps no
# __slots__.

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields", "asdict",
           "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


# A named marker object; `shown` is its repr (None: an object repr naming the class, as
# CPython's MISSING and KW_ONLY print).
class _Marker:
    def __init__(self, shown):
        self.shown = shown

    def __repr__(self):
        if self.shown is None:
            return "<dataclasses.%s object at 0x%x>" % (type(self).__name__, id(self))
        return self.shown


class _MISSING_TYPE(_Marker):
    pass


class _KW_ONLY_TYPE(_Marker):
    pass


MISSING = _MISSING_TYPE(None)
KW_ONLY = _KW_ONLY_TYPE(None)

# The three kinds of annotated names: a real field, a ClassVar (ignored) and an InitVar
# (an __init__ parameter passed on to __post_init__ and not stored).
_FIELD = _Marker("_FIELD")
_FIELD_CLASSVAR = _Marker("_FIELD_CLASSVAR")
_FIELD_INITVAR = _Marker("_FIELD_INITVAR")


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[" + shown + "]"

    def __class_getitem__(cls, type):
        return InitVar(type)


# Field.metadata when none is given: an empty read-only mapping that prints as
# CPython's (an empty mappingproxy).
class _NoMetadata:
    def __repr__(self):
        return "mappingproxy({})"

    def __str__(self):
        return "{}"

    def __getitem__(self, key):
        raise KeyError(key)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def get(self, key, default=None):
        return default

    def keys(self):
        return {}.keys()

    def values(self):
        return {}.values()

    def items(self):
        return {}.items()


_NO_METADATA = _NoMetadata()

# Field's attributes in the order its repr shows them.
_FIELD_SHOWN = ("name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "metadata",
                "kw_only")


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.kw_only = kw_only
        if metadata is None:
            self.metadata = _NO_METADATA
        else:
            from types import MappingProxyType
            self.metadata = MappingProxyType(metadata)

    def __repr__(self):
        shown = "".join([f"{attr}={getattr(self, attr)!r}," for attr in _FIELD_SHOWN])
        return f"Field({shown}_field_type={self._field_type})"

    # A descriptor as a default learns its name too (PEP 487), as it would in the class.
    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)


_PARAMS_SHOWN = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")


# What @dataclass was asked for, kept as cls.__dataclass_params__.
class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for attr, value in zip(_PARAMS_SHOWN, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, attr, value)

    def __repr__(self):
        return "_DataclassParams(" + ",".join([f"{a}={getattr(self, a)!r}" for a in _PARAMS_SHOWN]) + ")"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    """Describe one field of a dataclass: its default (or default_factory, called for
    each instance), whether __init__, repr, ==, ordering and hash use it, its metadata,
    and whether __init__ takes it by keyword only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# Whether an annotation names one of `names` (typing.ClassVar, ClassVar[int], as an
# object or as a string), or is the class `marker` or one of its instances.
def _annotation_is(annotation, names, marker=None):
    if marker is not None and (annotation is marker or type(annotation) is marker):
        return True
    text = (annotation if isinstance(annotation, str) else str(annotation)).strip()
    return any(text == name or text.startswith(name + "[") for name in names)


def _kind_of(annotation):
    if _annotation_is(annotation, ("typing.ClassVar", "ClassVar")):
        return _FIELD_CLASSVAR
    if _annotation_is(annotation, ("dataclasses.InitVar", "InitVar"), InitVar):
        return _FIELD_INITVAR
    return _FIELD


# The Field for one annotated name of cls: the Field the class assigned to it, or one
# made from its plain default; then checked as CPython checks it.
def _field_for(cls, name, annotation, kw_only_default):
    value = getattr(cls, name, MISSING)
    f = value if isinstance(value, Field) else field(default=value)
    f.name, f.type = name, annotation
    f._field_type = kind = _kind_of(annotation)
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # An unhashable default (a list, a dict, a set) would be shared by every instance.
    if kind is _FIELD and f.default is not MISSING:
        default_type = type(f.default)
        if default_type.__hash__ is None or default_type in (list, dict, set):
            raise ValueError(f"mutable default {default_type} for field {name} is not allowed: use default_factory")
    return f


# ---- __init__ and its argument checking ----

def _quoted_list(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) < 3:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _plural(count, word):
    return f"{count} {word}" + ("" if count == 1 else "s")


# The arguments of a call to a generated __init__ (self not counted) as {name: value},
# or the TypeError CPython raises for such a call to the signature
# (self, <positional fields>, *, <keyword-only fields>).
def _bind(where, positional, keyword_only, args, kwargs):
    slots = [f.name for f in positional]
    keyword_slots = [f.name for f in keyword_only]
    if len(args) > len(slots):
        _too_many_positional(where, positional, keyword_slots, args, kwargs)
    bound = dict(zip(slots, args))
    for name in kwargs:
        if name in bound:
            raise TypeError(f"{where}() got multiple values for argument '{name}'")
        if name not in slots and name not in keyword_slots:
            raise TypeError(f"{where}() got an unexpected keyword argument '{name}'")
        bound[name] = kwargs[name]
    for group, kind in ((positional, "positional"), (keyword_only, "keyword-only")):
        absent = [f.name for f in group if f.name not in bound and not _has_default(f)]
        if absent:
            raise TypeError(f"{where}() missing {_plural(len(absent), 'required ' + kind + ' argument')}: "
                            f"{_quoted_list(absent)}")
    return bound


def _too_many_positional(where, positional, keyword_slots, args, kwargs):
    # Counts include self, as CPython's message does.
    most = len(positional) + 1
    optional = sum(1 for f in positional if _has_default(f))
    takes = f"from {most - optional} to {most}" if optional else str(most)
    given = len(args) + 1
    noun = "positional argument" + ("" if takes == "1" else "s")
    keywords = sum(1 for name in kwargs if name in keyword_slots)
    if keywords:
        raise TypeError(f"{where}() takes {takes} {noun} but {_plural(given, 'positional argument')} "
                        f"(and {_plural(keywords, 'keyword-only argument')}) were given")
    raise TypeError(f"{where}() takes {takes} {noun} but {given} {'was' if given == 1 else 'were'} given")


def _make_init(cls, positional, keyword_only, frozen):
    where = cls.__qualname__ + ".__init__"
    every = cls.__dataclass_fields__.values()
    # The fields __init__ sets: those it takes, and those it does not take that have a
    # factory (a plain default of one it does not take stays on the class).
    assigned = [f for f in every if f._field_type is _FIELD and (f.init or f.default_factory is not MISSING)]
    passed_on = [f for f in every if f._field_type is _FIELD_INITVAR]
    has_post_init = hasattr(cls, "__post_init__")
    store = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        given = _bind(where, positional, keyword_only, args, kwargs)
        for f in assigned:
            if f.init and f.name in given:
                store(self, f.name, given[f.name])
            elif f.default_factory is not MISSING:
                store(self, f.name, f.default_factory())
            else:
                store(self, f.name, f.default)
        if has_post_init:
            self.__post_init__(*[given.get(f.name, f.default) for f in passed_on])

    return __init__


# ---- the other generated methods ----

# The ids of the objects whose repr is being made: one that holds itself shows "...".
_in_repr = set()


def _make_repr(shown):
    names = [f.name for f in shown if f.repr]

    def __repr__(self):
        if id(self) in _in_repr:
            return "..."
        _in_repr.add(id(self))
        try:
            parts = [name + "=" + repr(getattr(self, name)) for name in names]
        finally:
            _in_repr.discard(id(self))
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"

    # pprint lays out a dataclass field by field only while its repr is this one.
    __repr__._dataclass_repr = True
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, name) for name in names])


# __eq__ and the orderings compare the tuples of the compared fields, and only between
# instances of exactly the same class.
def _make_comparison(name, fields, test):
    names = [f.name for f in fields if f.compare]

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return test(_values(self, names), _values(other, names))

    compare.__name__ = name
    return compare


_ORDERINGS = (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b), ("__gt__", lambda a, b: a > b),
              ("__ge__", lambda a, b: a >= b))


def _make_hash(fields):
    # hash=None on a field means: hashed when compared.
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_values(self, names))

    return __hash__


# frozen=True: assigning or deleting a field raises, and on the class itself any
# attribute (a subclass may add its own).
def _make_frozen(cls, fields):
    names = set(f.name for f in fields)

    def guarded(self, name):
        return type(self) is cls or name in names

    def __setattr__(self, name, value):
        if guarded(self, name):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if guarded(self, name):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


# Puts a generated method on cls unless the class defines that name itself; says
# whether it was already there.
def _add_method(cls, name, method):
    if name in vars(cls):
        return True
    _qualify(cls, method)
    setattr(cls, name, method)
    return False


def _qualify(cls, method):
    try:
        method.__qualname__ = cls.__qualname__ + "." + method.__name__
    except (AttributeError, TypeError):
        pass
    return method


# ---- @dataclass ----

def _inherited_fields(cls):
    """The fields of the dataclasses among cls's bases (the nearest base's last, so they
    win), and whether any, and any frozen one, was found."""
    found = {}
    any_base = any_frozen = False
    for base in reversed(cls.__mro__[1:]):
        own = getattr(base, "__dataclass_fields__", None)
        if own is None:
            continue
        any_base = True
        any_frozen = any_frozen or base.__dataclass_params__.frozen
        for f in own.values():
            found[f.name] = f
    return found, any_base, any_frozen


def _own_fields(cls, kw_only):
    annotations = vars(cls).get("__annotations__", {})
    made = []
    marker_seen = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation in ("KW_ONLY", "dataclasses.KW_ONLY")):
            # Every field after the marker is keyword-only.
            if marker_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            marker_seen = kw_only = True
            continue
        made.append(_field_for(cls, name, annotation, kw_only))
    # A Field assigned as a class attribute leaves its default there, or nothing.
    for f in made:
        if isinstance(vars(cls).get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in vars(cls).items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    return made


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields, any_base, any_frozen = _inherited_fields(cls)
    for f in _own_fields(cls, kw_only):
        all_fields[f.name] = f
    if any_base and any_frozen != bool(frozen):
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one" if any_frozen
                        else "cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = all_fields
    own_hash = vars(cls).get("__hash__", MISSING)
    # A class body that sets __eq__ gets __hash__ = None from Python itself: not its own.
    wrote_hash = own_hash is not MISSING and not (own_hash is None and "__eq__" in vars(cls))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    stored = [f for f in all_fields.values() if f._field_type is _FIELD]

    if init:
        _check_default_order(positional)
        _add_method(cls, "__init__", _make_init(cls, positional, keyword_only, frozen))
    if repr:
        _add_method(cls, "__repr__", _make_repr(stored))
    if eq:
        _add_method(cls, "__eq__", _make_comparison("__eq__", stored, lambda a, b: a == b))
    if order:
        for name, test in _ORDERINGS:
            if _add_method(cls, name, _make_comparison(name, stored, test)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. Consider using "
                                "functools.total_ordering")
    if frozen:
        for name, method in zip(("__setattr__", "__delattr__"), _make_frozen(cls, stored)):
            if _add_method(cls, name, method):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    _set_hash(cls, stored, unsafe_hash, eq, frozen, wrote_hash)
    if not getattr(cls, "__doc__", None):
        cls.__doc__ = _signature_doc(cls, positional, keyword_only)
    if match_args:
        _add_method(cls, "__match_args__", tuple([f.name for f in positional]))
    return cls


# No field without a default may follow one with a default among the positional ones.
def _check_default_order(positional):
    defaults_began = False
    for f in positional:
        if _has_default(f):
            defaults_began = True
        elif defaults_began:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")


# __hash__ as the library reference's rules give it: unsafe_hash forces one (unless the
# class wrote its own: an error); eq with frozen makes one; eq alone makes instances
# unhashable; a __hash__ the class wrote is kept.
def _set_hash(cls, stored, unsafe_hash, eq, frozen, wrote_hash):
    if unsafe_hash and wrote_hash:
        raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
    if wrote_hash and not unsafe_hash:
        return
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = _qualify(cls, _make_hash(stored))
    elif eq:
        cls.__hash__ = None


# The docstring CPython gives a dataclass without one: its name and __init__'s signature.
def _signature_doc(cls, positional, keyword_only):
    params = [_param_text(f) for f in positional]
    if keyword_only:
        params += ["*"] + [_param_text(f) for f in keyword_only]
    return cls.__name__ + "(" + ", ".join(params) + ")"


# An annotation as inspect shows it in a signature.
def _annotation_text(t):
    if isinstance(t, type):
        if t.__module__ in ("builtins", "__main__"):
            return t.__qualname__
        return t.__module__ + "." + t.__qualname__
    if isinstance(t, str):
        return repr(t)
    text = repr(t)
    return text[len("typing."):] if text.startswith("typing.") else text


def _param_text(f):
    text = f.name + ": " + _annotation_text(f.type)
    if f.default_factory is not MISSING:
        return text + " = <factory>"
    if f.default is not MISSING:
        return text + " = " + repr(f.default)
    return text


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, __hash__ and frozen
    attributes) to a class from its annotated fields."""

    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    """The fields of a dataclass (or of an instance of one), as a tuple of Field objects.
    ClassVars and InitVars are not fields."""
    table = getattr(class_or_instance, "__dataclass_fields__", None)
    if table is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple([f for f in table.values() if f._field_type is _FIELD])


def _is_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), "__dataclass_fields__")


# ---- converting instances ----

# A copy of `value` with every dataclass instance in it (inside lists, tuples, namedtuples
# and dicts too) turned into a record: `record` receives its [(name, value)] pairs,
# converted in turn. Anything else is deep-copied.
def _unpack(value, record):
    if _is_instance(value):
        return record([(f.name, _unpack(getattr(value, f.name), record)) for f in fields(value)])
    kind = type(value)
    if isinstance(value, dict):
        return kind([(_unpack(k, record), _unpack(v, record)) for k, v in value.items()])
    # A namedtuple (not a tuple subclass in Edge Python) takes its fields as separate
    # arguments.
    if hasattr(value, "_fields") and hasattr(value, "_make"):
        return kind(*[_unpack(item, record) for item in value])
    if isinstance(value, (list, tuple)):
        return kind([_unpack(item, record) for item in value])
    return _copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, name: value, going into dataclasses,
    lists, tuples and dicts within it (other values are deep-copied)."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _unpack(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, going into dataclasses, lists,
    tuples and dicts within it (other values are deep-copied)."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _unpack(obj, lambda pairs: tuple_factory([v for _, v in pairs]))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Make a new dataclass named cls_name, with fields given as names, (name, type) or
    (name, type, Field)."""
    body = dict(namespace or {})
    annotations = {}
    for spec in fields:
        if isinstance(spec, str):
            spec = (spec, "typing.Any")
        if len(spec) not in (2, 3):
            raise TypeError(f"Invalid field: {spec!r}")
        name = spec[0]
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in annotations:
            raise TypeError(f"Field name duplicated: {name!r}")
        annotations[name] = spec[1]
        if len(spec) == 3:
            body[name] = spec[2]
    body["__annotations__"] = annotations
    return dataclass(type(cls_name, bases, body), init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args, kw_only=kw_only)


def replace(obj, /, **changes):
    """A new object of obj's class, with obj's fields but those given as keywords."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    arguments = dict(changes)
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            # Such a field is set by __init__ or __post_init__, not passed.
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
        elif f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            arguments[f.name] = getattr(obj, f.name)
    return obj.__class__(**arguments)
