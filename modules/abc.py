# abc — CPython 3.11's abstract base classes for Edge Python, in plain Python
# (modules/README.md): ABC, abstractmethod (and abstractclassmethod,
# abstractstaticmethod, abstractproperty), get_cache_token, update_abstractmethods.
#
# Edge Python has no metaclasses, so ABC does what ABCMeta does from the class itself:
#  - ABC.__init_subclass__ collects the class's abstract methods into
#    __abstractmethods__, and ABC.__new__ refuses to make an instance while any is left,
#    with CPython's TypeError ("Can't instantiate abstract class Shape with abstract
#    method area");
#  - register(), __subclasshook__ and isinstance()/issubclass() work because the VM asks
#    a class method __instancecheck__ / __subclasscheck__ of the class where CPython
#    asks its metaclass.
# `class C(metaclass=ABCMeta)` waits for metaclasses: inherit from ABC instead.

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


# Marks a function abstract and returns it: a subclass of ABC must override it before
# it can be instantiated.
def abstractmethod(function):
    """Mark a method abstract: a class derived from ABC that keeps one cannot make
    instances."""
    function.__isabstractmethod__ = True
    return function


# The three old spellings (deprecated since 3.3): the wrapper around an abstract method.
def abstractclassmethod(function):
    """Deprecated: write @classmethod over @abstractmethod."""
    return classmethod(abstractmethod(function))


def abstractstaticmethod(function):
    """Deprecated: write @staticmethod over @abstractmethod."""
    return staticmethod(abstractmethod(function))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: write @property over @abstractmethod."""
    return property(fget if fget is None else abstractmethod(fget), fset, fdel, doc)


# Whether a class attribute is abstract: it says so, or it is a property, classmethod or
# staticmethod around a function that does.
def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False) is True:
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) is True for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False) is True
    return False


# The attribute `name` as the class holds it (a classmethod as such, not bound).
def _raw_attribute(cls, name):
    for klass in cls.__mro__:
        own = getattr(klass, "__dict__", None)
        if own is not None and name in own:
            return own[name]
    return None


# Bumped by every register(): the caches of isinstance answers start again.
_invalidation = [0]


def get_cache_token():
    """A number that changes with every register(), for callers that cache answers."""
    return _invalidation[0]


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in vars(cls).items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(_raw_attribute(cls, name)):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Compute cls.__abstractmethods__ again, after methods were added to the class or
    taken from it; returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


def _setup(cls):
    cls.__abstractmethods__ = _compute_abstracts(cls)
    cls._abc_registry = []
    cls._abc_subclasses = []
    cls._abc_cache = {}
    cls._abc_token = _invalidation[0]
    for base in cls.__bases__:
        if "_abc_subclasses" in getattr(base, "__dict__", ()):
            base._abc_subclasses.append(cls)


class ABC:
    """Derive from ABC to make an abstract base class: abstract methods, register() and
    __subclasshook__ then work."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _setup(cls)

    def __new__(cls, *args, **kwargs):
        # As object.__new__: arguments for a class without __init__ come first.
        if (args or kwargs) and _raw_attribute(cls, "__init__") is None:
            raise TypeError(f"{cls.__name__}() takes no arguments")
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it, so that register can
        decorate a class."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        # Registering a class that already is a subclass changes nothing; registering
        # an ancestor would make issubclass loop.
        if not issubclass(subclass, cls):
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
            cls._abc_registry.append(subclass)
            _invalidation[0] += 1
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), by its __class__ and by its type."""
        subclass = getattr(instance, "__class__", None)
        subtype = type(instance)
        if subclass is None or subclass is subtype or not isinstance(subclass, type):
            return cls.__subclasscheck__(subtype)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    @classmethod
    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls): by the MRO, then the hook, the registry and the
        subclasses, with the answer cached until the next register()."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        cache = vars(cls).get("_abc_cache")
        if cache is None:
            _setup(cls)
            cache = cls._abc_cache
        if cls._abc_token != _invalidation[0]:
            cache.clear()
            cls._abc_token = _invalidation[0]
        answer = cache.get(subclass)
        if answer is not None:
            return answer
        ok = cls.__subclasshook__(subclass)
        if ok is NotImplemented:
            ok = any(issubclass(subclass, r) for r in cls._abc_registry) or \
                any(issubclass(subclass, s) for s in cls._abc_subclasses)
        ok = bool(ok)
        cache[subclass] = ok
        return ok


_setup(ABC)


class ABCMeta:
    """Stands in for CPython's metaclass of ABCs.

    Edge Python has no metaclasses yet: `class C(metaclass=ABCMeta)` is refused when the
    program compiles. Inherit from ABC instead; ABCMeta.register(C, sub) registers too."""

    @staticmethod
    def register(cls, subclass):
        return cls.register(subclass)
