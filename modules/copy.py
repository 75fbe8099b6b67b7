# copy — CPython 3.11's shallow and deep copies for Edge Python, in plain Python
# (modules/README.md). Builtin containers are copied directly; an instance of a class is
# rebuilt the way pickling would: a new object from cls.__new__ (with __getnewargs__ if
# the class has it), its attributes copied (or __getstate__/__setstate__), and, for a
# subclass of list or dict, its items. __copy__ and __deepcopy__ take precedence.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


def _generator():
    yield


# Immutable values, and objects copied by reference (functions, classes, ...).
_ATOMIC = frozenset([
    type(None), int, float, bool, str, type, range, type(...), type(NotImplemented),
    type(_function), type(len), property, type(Error().__init__),
])


def _cannot(cls):
    raise TypeError(f"cannot pickle '{cls.__name__}' object")


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, cls, None)


def deepcopy(x, memo=None):
    # memo maps id(original) to its copy: shared references stay shared, cycles end.
    memo = {} if memo is None else memo
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that holds itself through a list was copied while copying its items.
        if key in memo:
            return memo[key]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set:
        y = set()
        memo[key] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, cls, memo)
    # Keeps x alive while memo lives, so that no new object can take its id.
    if y is not x:
        memo[key] = y
        keep = memo.get(id(memo))
        if keep is None:
            memo[id(memo)] = [x]
        else:
            keep.append(x)
    return y


def _reconstruct(x, cls, memo):
    if getattr(cls, "__module__", None) == "builtins":
        _cannot(cls)
    deep = memo is not None
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    return y
