# dataclasses — CPython 3.11's data classes for Edge Python, in plain Python
# (modules/README.md): @dataclass (init, repr, eq, order, unsafe_hash, frozen,
# match_args, kw_only), field, Field, fields, asdict, astuple, replace, make_dataclass,
# is_dataclass, InitVar, KW_ONLY, MISSING and FrozenInstanceError, with CPython's reprs
# and messages.
#
# CPython writes each class's __init__, __repr__, __eq__ ... as source and compiles it;
# Edge Python has no exec yet, so they are closures over the class's fields, named as
# CPython names them (Point.__init__) and raising the messages a real signature would
# ("Point.__init__() missing 1 required positional argument: 'y'"). slots=True and
# weakref_slot=True are accepted, and change nothing: the VM keeps no __slots__.

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields", "asdict",
           "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object at 0x%x>" % id(self)


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "<dataclasses._KW_ONLY_TYPE object at 0x%x>" % id(self)


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class _EmptyMapping:
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

    def items(self):
        return {}.items()

    def values(self):
        return {}.values()


_EMPTY_METADATA = _EmptyMapping()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            from types import MappingProxyType
            self.metadata = MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"eq={self.eq!r},"
                f"order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r}"
                ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    """Describe one field of a dataclass: its default (or default_factory, called for
    each instance), whether __init__, repr, ==, ordering and hash use it, its metadata,
    and whether __init__ takes it by keyword only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only), tuple(f for f in fields if f.init and f.kw_only))


# An annotation that says ClassVar (typing.ClassVar, ClassVar[int], or either as a
# string), or InitVar.
def _annotation_is(a_type, names, cls_):
    if cls_ is not None and (a_type is cls_ or type(a_type) is cls_):
        return True
    text = a_type if isinstance(a_type, str) else str(a_type)
    text = text.strip()
    for name in names:
        if text == name or text.startswith(name + "["):
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _annotation_is(a_type, ("typing.ClassVar", "ClassVar"), None):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is(a_type, ("dataclasses.InitVar", "InitVar"), InitVar):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    # Lists, dicts and sets (unhashable values) may not be shared defaults.
    if f._field_type is _FIELD and f.default is not MISSING and (
            type(f.default).__hash__ is None or type(f.default) in (list, dict, set)):
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
    return f


def _set_qualname(cls, value):
    if hasattr(value, "__qualname__"):
        try:
            value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
        except (AttributeError, TypeError):
            pass
    return value


def _set_new_attribute(cls, name, value):
    if name in vars(cls):
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _plural_names(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


# The values of __init__'s parameters from a call, or CPython's TypeError for it.
def _bind(where, positional, keyword_only, args, kwargs):
    names = [f.name for f in positional]
    kw_names = [f.name for f in keyword_only]
    n_defaults = sum(1 for f in positional if f.default is not MISSING or f.default_factory is not MISSING)
    if len(args) > len(names):
        given_kw = sum(1 for k in kwargs if k in kw_names)
        if n_defaults:
            takes = f"from {len(names) - n_defaults + 1} to {len(names) + 1}"
        else:
            takes = f"{len(names) + 1}"
        s = "" if takes == "1" else "s"
        if given_kw:
            raise TypeError(f"{where}() takes {takes} positional argument{s} but {len(args) + 1} positional "
                            f"argument{'s' if len(args) + 1 != 1 else ''} (and {given_kw} keyword-only "
                            f"argument{'s' if given_kw != 1 else ''}) were given")
        raise TypeError(f"{where}() takes {takes} positional argument{s} but {len(args) + 1} "
                        f"{'were' if len(args) + 1 != 1 else 'was'} given")
    values = {}
    for name, value in zip(names, args):
        values[name] = value
    for name, value in kwargs.items():
        if name not in values and (name in names or name in kw_names):
            values[name] = value
        elif name in values:
            raise TypeError(f"{where}() got multiple values for argument '{name}'")
        else:
            raise TypeError(f"{where}() got an unexpected keyword argument '{name}'")
    missing = [f.name for f in positional
               if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
    if missing:
        s = "s" if len(missing) > 1 else ""
        raise TypeError(f"{where}() missing {len(missing)} required positional argument{s}: {_plural_names(missing)}")
    missing = [f.name for f in keyword_only
               if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
    if missing:
        s = "s" if len(missing) > 1 else ""
        raise TypeError(f"{where}() missing {len(missing)} required keyword-only argument{s}: "
                        f"{_plural_names(missing)}")
    return values


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    where = f"{cls.__qualname__}.__init__"
    initvar_names = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    assign = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        values = _bind(where, std_fields, kw_only_fields, args, kwargs)
        for f in fields:
            if f._field_type is not _FIELD:
                continue
            name = f.name
            if f.init and name in values:
                assign(self, name, values[name])
            elif f.default_factory is not MISSING:
                assign(self, name, f.default_factory())
            elif f.init:
                assign(self, name, f.default)
        if has_post_init:
            self.__post_init__(*[values.get(name, _initvar_default(fields, name)) for name in initvar_names])

    return __init__


def _initvar_default(fields, name):
    for f in fields:
        if f.name == name:
            return f.default
    return MISSING


# repr() of an object that may hold itself: "..." where it comes back.
_repr_running = set()


def _make_repr(fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return (self.__class__.__qualname__ + "(" +
                    ", ".join([f"{name}={getattr(self, name)!r}" for name in names]) + ")")
        finally:
            _repr_running.discard(key)

    __repr__._dataclass_repr = True
    return __repr__


def _tuple_of(self, names):
    return tuple([getattr(self, name) for name in names])


def _make_eq(fields):
    names = [f.name for f in fields if f.compare]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) == _tuple_of(other, names)
        return NotImplemented

    return __eq__


def _make_order(op, fields):
    names = [f.name for f in fields if f.compare]

    def compare(self, other):
        if other.__class__ is self.__class__:
            a = _tuple_of(self, names)
            b = _tuple_of(other, names)
            if op == "__lt__":
                return a < b
            if op == "__le__":
                return a <= b
            if op == "__gt__":
                return a > b
            return a >= b
        return NotImplemented

    compare.__name__ = op
    return compare


def _make_hash(fields):
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(self, names))

    return __hash__


def _frozen_get_del_attr(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, "__dataclass_params__", _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # The fields of the dataclasses among the bases, nearest last.
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True

    cls_annotations = vars(cls).get("__annotations__", {})
    cls_fields = []
    kw_only_now = kw_only
    seen_kw_only_marker = False
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and type_ in ("KW_ONLY", "dataclasses.KW_ONLY")):
            if seen_kw_only_marker:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only_marker = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, type_, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        # A class attribute that is a Field becomes its default, or goes.
        if isinstance(vars(cls).get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in vars(cls).items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, "__dataclass_fields__", fields)
    class_hash = vars(cls).get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in vars(cls)))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        # No field without a default may follow one with a default.
        seen_default = False
        for f in std_init_fields:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
            else:
                seen_default = True
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                                       frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(field_list))
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(field_list))
    if order:
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _make_order(op, field_list)):
                raise TypeError(f"Cannot overwrite attribute {op} in class {cls.__name__}. Consider using "
                                "functools.total_ordering")
    if frozen:
        setter, deleter = _frozen_get_del_attr(cls, field_list)
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    # __hash__, as CPython's table decides it from unsafe_hash, eq, frozen and whether the
    # class wrote one itself.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _set_qualname(cls, _make_hash(field_list))
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _make_hash(field_list))
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__", None):
        # As CPython: the class's name and its __init__'s signature.
        params = []
        for f in std_init_fields:
            params.append(_param_text(f))
        if kw_only_init_fields:
            params.append("*")
            for f in kw_only_init_fields:
                params.append(_param_text(f))
        cls.__doc__ = cls.__name__ + "(" + ", ".join(params) + ")"

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    return cls


# An annotation as inspect shows it in a signature.
def _annotation_text(t):
    if isinstance(t, type):
        if t.__module__ in ("builtins", "__main__"):
            return t.__qualname__
        return t.__module__ + "." + t.__qualname__
    if isinstance(t, str):
        return repr(t)
    text = repr(t)
    return text.replace("typing.", "") if text.startswith("typing.") else text


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

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (or of an instance of one), as a tuple of Field objects.
    ClassVars and InitVars are not fields."""
    try:
        fields = getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, name: value, going into dataclasses,
    lists, tuples and dicts within it (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    if hasattr(obj, "_fields") and hasattr(obj, "_make"):
        # A namedtuple: rebuilt from its converted fields.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, going into dataclasses, lists,
    tuples and dicts within it (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if hasattr(obj, "_fields") and hasattr(obj, "_make"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Make a new dataclass named cls_name, with fields given as names, (name, type) or
    (name, type, Field)."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object of obj's class, with obj's fields but those given as keywords."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, "__dataclass_fields__").values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
