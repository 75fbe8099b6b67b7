# typing — the names of CPython 3.11's typing module for Edge Python, as harmless
# placeholders (modules/README.md): annotations such as List[int], Optional[str] or
# Callable[[int], str] evaluate, print as CPython prints them and answer get_origin and
# get_args; nothing checks types. Generic[T] is a base class; TypeVar, NewType, cast,
# overload and NamedTuple (its functional form) work as in CPython. What the VM cannot
# do (metaclasses, __class_getitem__, __mro_entries__, __init_subclass__) the module does
# not fake: tests/diff/stdlib_typing.md lists the differences.

import collections as _collections

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        if module == "builtins":
            return obj.__qualname__
        return f"{module}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    if callable(obj) and hasattr(obj, "__qualname__") and not isinstance(obj, _Final):
        return obj.__qualname__
    return repr(obj)


# An argument of a subscription as typing keeps it: None as NoneType, a string as a
# forward reference.
def _convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _tuple(params):
    return params if isinstance(params, tuple) else (params,)


class _Final:
    """The base of typing's placeholder objects."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Final):
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(("ForwardRef", self.__forward_arg__))


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple([_convert(c) for c in constraints])
        self.__bound__ = None if bound is None else _convert(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = f"{name}.args"
        self.kwargs = f"{name}.kwargs"

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


# Calling an alias makes an instance of its class (Deque[int]() is a deque), except for
# the aliases of builtin types, which CPython refuses (use list() instead of List()).
_NOT_INSTANTIABLE = frozenset(["List", "Dict", "Set", "FrozenSet", "Tuple", "Type"])


def _instantiate(alias, args, kwargs):
    origin = alias.__origin__
    if alias._name in _NOT_INSTANTIABLE:
        raise TypeError(f"Type {alias._name} cannot be instantiated; use {origin.__name__}() instead")
    if not isinstance(origin, type):
        raise TypeError(f"Type {alias._name} cannot be instantiated")
    return origin(*args, **kwargs)


# A subscribed alias: List[int], Callable[[int], str], Optional[int], ...
class _GenericAlias(_Final):
    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        args = self.__args__
        if self._name == "Callable" and len(args) == 2 and (args[0] is ... or isinstance(args[0], list)):
            shown = f"{_type_repr(args[0])}, {_type_repr(args[1])}"
        elif self._name == "Tuple" and args == ():
            shown = "()"
        elif self._name == "Literal":
            shown = ", ".join([repr(a) for a in args])
        elif self._name == "Annotated":
            shown = ", ".join([_type_repr(args[0])] + [repr(a) for a in args[1:]])
        else:
            shown = ", ".join([_type_repr(a) for a in args])
        return f"typing.{self._name}[{shown}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        return _instantiate(self, args, kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self._name, self.__origin__, tuple([_convert(p) for p in _tuple(params)]))


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join([_type_repr(a) for a in args])}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


# An unsubscripted generic name: List, Dict, Iterable, ... Subscripting gives a
# _GenericAlias.
class _SpecialGenericAlias(_Final):
    def __init__(self, name, origin):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        params = _tuple(params)
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is not ...:
                if not isinstance(args, list):
                    raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
                args = [_convert(a) for a in args]
            return _GenericAlias("Callable", self.__origin__, (args, _convert(result)))
        if self._name == "Tuple" and params == ((),):
            return _GenericAlias("Tuple", tuple, ())
        return _GenericAlias(self._name, self.__origin__, tuple([_convert(p) for p in params]))

    def __call__(self, *args, **kwargs):
        return _instantiate(self, args, kwargs)


# Any, NoReturn, ClassVar, Optional, Union, Literal, ...: forms with their own rules.
class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")


def _union(form, params):
    params = _tuple(params)
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = _convert(p)
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias("Union", Union, tuple(flat))


def _optional(form, params):
    return Union[params, None]


def _one_arg(form, params):
    params = _tuple(params)
    if len(params) != 1:
        raise TypeError(f"{form._name} accepts only single type.")
    return _GenericAlias(form._name, form, (_convert(params[0]),))


def _literal(form, params):
    values = []
    for p in _tuple(params):
        if p not in values:
            values.append(p)
    return _GenericAlias("Literal", form, tuple(values))


def _annotated(form, params):
    params = _tuple(params)
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _GenericAlias("Annotated", form, (_convert(params[0]),) + params[1:])


def _any_args(form, params):
    return _GenericAlias(form._name, form, tuple([_convert(p) for p in _tuple(params)]))


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)
Unpack = _SpecialForm("Unpack", _one_arg)
Literal = _SpecialForm("Literal", _literal)
Annotated = _SpecialForm("Annotated", _annotated)
Concatenate = _SpecialForm("Concatenate", _any_args)

List = _SpecialGenericAlias("List", list)
Dict = _SpecialGenericAlias("Dict", dict)
Set = _SpecialGenericAlias("Set", set)
FrozenSet = _SpecialGenericAlias("FrozenSet", frozenset)
Tuple = _SpecialGenericAlias("Tuple", tuple)
Type = _SpecialGenericAlias("Type", type)
Deque = _SpecialGenericAlias("Deque", _collections.deque)
DefaultDict = _SpecialGenericAlias("DefaultDict", _collections.defaultdict)
OrderedDict = _SpecialGenericAlias("OrderedDict", _collections.OrderedDict)
Counter = _SpecialGenericAlias("Counter", _collections.Counter)
ChainMap = _SpecialGenericAlias("ChainMap", _collections.ChainMap)
Callable = _SpecialGenericAlias("Callable", None)
Iterable = _SpecialGenericAlias("Iterable", None)
Iterator = _SpecialGenericAlias("Iterator", None)
Generator = _SpecialGenericAlias("Generator", None)
Reversible = _SpecialGenericAlias("Reversible", None)
Container = _SpecialGenericAlias("Container", None)
Collection = _SpecialGenericAlias("Collection", None)
Sequence = _SpecialGenericAlias("Sequence", None)
MutableSequence = _SpecialGenericAlias("MutableSequence", None)
Mapping = _SpecialGenericAlias("Mapping", None)
MutableMapping = _SpecialGenericAlias("MutableMapping", None)
AbstractSet = _SpecialGenericAlias("AbstractSet", None)
MutableSet = _SpecialGenericAlias("MutableSet", None)
KeysView = _SpecialGenericAlias("KeysView", None)
ValuesView = _SpecialGenericAlias("ValuesView", None)
ItemsView = _SpecialGenericAlias("ItemsView", None)
MappingView = _SpecialGenericAlias("MappingView", None)
Hashable = _SpecialGenericAlias("Hashable", None)
Sized = _SpecialGenericAlias("Sized", None)
Awaitable = _SpecialGenericAlias("Awaitable", None)
Coroutine = _SpecialGenericAlias("Coroutine", None)
AsyncIterable = _SpecialGenericAlias("AsyncIterable", None)
AsyncIterator = _SpecialGenericAlias("AsyncIterator", None)
AsyncGenerator = _SpecialGenericAlias("AsyncGenerator", None)
ContextManager = _SpecialGenericAlias("ContextManager", None)
AsyncContextManager = _SpecialGenericAlias("AsyncContextManager", None)
SupportsAbs = _SpecialGenericAlias("SupportsAbs", None)
SupportsBytes = _SpecialGenericAlias("SupportsBytes", None)
SupportsComplex = _SpecialGenericAlias("SupportsComplex", None)
SupportsFloat = _SpecialGenericAlias("SupportsFloat", None)
SupportsIndex = _SpecialGenericAlias("SupportsIndex", None)
SupportsInt = _SpecialGenericAlias("SupportsInt", None)
SupportsRound = _SpecialGenericAlias("SupportsRound", None)
IO = _SpecialGenericAlias("IO", None)
TextIO = _SpecialGenericAlias("TextIO", None)
BinaryIO = _SpecialGenericAlias("BinaryIO", None)
Pattern = _SpecialGenericAlias("Pattern", None)
Match = _SpecialGenericAlias("Match", None)

Text = str
# CPython constrains AnyStr to bytes and str; Edge Python has no bytes type.
AnyStr = TypeVar("AnyStr", str, str)


# Generic[T, ...] is the class Generic (the VM cannot subscript a class, so Generic is an
# object whose subscription gives the class); Protocol is a class to derive from.
def _class_getitem(cls, params):
    return cls


# type() names the class Generic (a class statement would name it _GenericBase).
_GenericBase = type("Generic", (), {"__class_getitem__": classmethod(_class_getitem)})


class _GenericSubscript(_Final):
    def __getitem__(self, params):
        return _GenericBase

    def __repr__(self):
        return "<class 'typing.Generic'>"


Generic = _GenericSubscript()


class Protocol(_GenericBase):
    pass


class NewType(_Final):
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __call__(self, x):
        return x

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = list(kwargs.items())
    return _collections.namedtuple(typename, [name for name, tp in fields])


# TypedDict('Movie', {'name': str}) makes a class; `class Movie(TypedDict)` derives one.
# Either makes plain dicts, as in CPython (the keys are not checked).
class TypedDict(dict):
    def __new__(cls, *args, **kwargs):
        if cls is TypedDict and args and isinstance(args[0], str):
            return type(args[0], (TypedDict,), {})
        return dict.__new__(cls)


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def runtime_checkable(cls):
    return cls


def dataclass_transform(**kwargs):
    return lambda cls: cls


# The annotations as they stand (strings are not evaluated); a function has none in Edge
# Python.
def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, "__annotations__", {}))


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return _GenericBase
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == "Callable" and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    return ()


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, TypedDict) and tp is not TypedDict
