# types — names for the types of the interpreter's objects, and a few helpers, for Edge
# Python in plain Python (modules/README.md), written here from CPython 3.11's
# documented behaviour: FunctionType, GeneratorType, MethodType, ... (each is type() of
# such an object here), SimpleNamespace, MappingProxyType (a read-only view of a
# mapping), new_class, resolve_bases, prepare_class and DynamicClassAttribute. Types of
# objects Edge Python does not make (code objects, frames, tracebacks, coroutines,
# cells) are classes nothing is an instance of, so isinstance() with them is False.

import sys as _sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace", "CellType",
           "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType", "BuiltinFunctionType",
           "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType", "MethodDescriptorType",
           "ClassMethodDescriptorType", "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
           "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class", "DynamicClassAttribute",
           "GenericAlias", "UnionType", "EllipsisType", "NoneType", "NotImplementedType"]


class _Probe:
    # Only here so that its method, once bound, shows what type a bound method has.
    def bound(self):
        return self


FunctionType = LambdaType = type(lambda: None)
GeneratorType = type(x for x in ())
MethodType = type(_Probe().bound)
BuiltinFunctionType = BuiltinMethodType = type(abs)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.fromkeys)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])


def _never_made(name):
    # A class standing for a kind of object the VM never makes: it refuses instances.
    def refuse(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % name)

    return type(name, (), {"__new__": refuse})


CodeType = _never_made("code")
CellType = _never_made("cell")
CoroutineType = _never_made("coroutine")
AsyncGeneratorType = _never_made("async_generator")
TracebackType = _never_made("traceback")
FrameType = _never_made("frame")
GetSetDescriptorType = _never_made("getset_descriptor")
MemberDescriptorType = _never_made("member_descriptor")
UnionType = _never_made("UnionType")

# ids of the namespaces whose repr is being made: one that holds itself shows "...".
_showing = set()


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        label = type(self).__name__ if type(self) is not SimpleNamespace else "namespace"
        me = id(self)
        if me in _showing:
            return label + "(...)"
        _showing.add(me)
        try:
            shown = ["%s=%r" % pair for pair in vars(self).items()]
        finally:
            _showing.discard(me)
        return "%s(%s)" % (label, ", ".join(shown))

    def __eq__(self, other):
        both = isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace)
        return vars(self) == vars(other) if both else NotImplemented

    __hash__ = None


class MappingProxyType:
    # Reads go to the mapping (so later changes to it show); writes are refused.

    def __init__(self, mapping):
        looks_like_mapping = hasattr(mapping, "keys") and hasattr(mapping, "__getitem__")
        if not looks_like_mapping or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        object.__setattr__(self, "_target", mapping)

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __getitem__(self, key):
        return self._target[key]

    def get(self, key, default=None):
        return self._target.get(key, default)

    def __contains__(self, key):
        return key in self._target

    def __len__(self):
        return len(self._target)

    def __iter__(self):
        return iter(self._target)

    def __reversed__(self):
        return reversed(self._target)

    def keys(self):
        return self._target.keys()

    def values(self):
        return self._target.values()

    def items(self):
        return self._target.items()

    def copy(self):
        return self._target.copy()

    def __eq__(self, other):
        return self._target == other

    def __or__(self, other):
        return dict(self._target) | other

    def __ror__(self, other):
        return other | dict(self._target)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._target,)

    def __str__(self):
        return str(self._target)

    __hash__ = None


def resolve_bases(bases):
    # PEP 560: a base that is not a class but has __mro_entries__ stands for the
    # classes that method returns. The tuple comes back as it was when nothing changed.
    resolved = []
    replaced = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        found = entries(bases)
        if not isinstance(found, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved += list(found)
        replaced = True
    return tuple(resolved) if replaced else bases


def prepare_class(name, bases=(), kwds=None):
    # (metaclass, namespace, remaining keywords). Only `type` can be the metaclass here.
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    if meta is not type:
        raise NotImplementedError("metaclasses are not supported yet")
    return type, {}, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if kwds:
        raise NotImplementedError("class keywords (metaclass=...) are not supported yet")
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace)


class DynamicClassAttribute:
    # A property on instances; looked up on the class, it raises AttributeError so that
    # the class's __getattr__ (enum uses this) answers instead. An abstract getter is
    # shown on the class as the descriptor itself.

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, "__doc__", None) if doc is None else doc
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    @staticmethod
    def _call(accessor, action, *args):
        if accessor is None:
            raise AttributeError("can't %s attribute" % action)
        return accessor(*args)

    def __set__(self, instance, value):
        self._call(self.fset, "set", instance, value)

    def __delete__(self, instance):
        self._call(self.fdel, "delete", instance)

    def _with(self, fget, fset, fdel):
        copy = type(self)(fget, fset, fdel, None if self.overwrite_doc else self.__doc__)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        made = self._with(fget, self.fset, self.fdel)
        if self.overwrite_doc:
            made.__doc__ = getattr(fget, "__doc__", None)
        return made

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel)
