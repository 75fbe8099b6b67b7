# pprint — the pretty printer, for Edge Python in plain Python (modules/README.md),
# written here from CPython 3.11's documented behaviour: pprint, pformat, pp, saferepr,
# isreadable, isrecursive and PrettyPrinter (indent, width, depth, stream, compact,
# sort_dicts, underscore_numbers), with CPython's layout line for line.
#
# The rule: an object whose repr fits in what is left of the line is written whole. One
# that does not, if it is a container we know how to open, is opened and its items are
# written one per line by the same rule (compact=True packs short items on a line); a
# long string is cut after white space into adjacent literals. We open dict, list,
# tuple, set, frozenset, str, the collections types, types.SimpleNamespace,
# MappingProxyType and dataclasses; a subclass is opened when it keeps its base's repr.

import collections as _collections
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


# saferepr, isreadable and isrecursive are the three parts of one one-line rendering.
def _rendered(object):
    return PrettyPrinter().format(object, {}, None, 0)


def saferepr(object):
    text, readable, recursive = _rendered(object)
    return text


def isreadable(object):
    text, readable, recursive = _rendered(object)
    return readable


def isrecursive(object):
    text, readable, recursive = _rendered(object)
    return recursive


class _Ordered:
    # Sorts anything: values that cannot be compared fall back to their type's name and
    # then their id, so a dict with mixed keys still prints in a stable order.
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            return mine < (str(type(other.value)), id(other.value))


def _item_order(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _cycle_note(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _pieces(line):
    # The line cut after each run of white space: "ab  cd e" -> "ab  ", "cd ", "e".
    pieces = []
    start = 0
    in_space = False
    for at, c in enumerate(line):
        if c.isspace():
            in_space = True
        elif in_space:
            pieces.append(line[start:at])
            start = at
            in_space = False
    if start < len(line):
        pieces.append(line[start:])
    return pieces


def _shown_fields(object):
    # The (name, value) pairs a dataclass's generated repr shows, or None when object is
    # not such a dataclass instance (dataclasses.py marks its generated __repr__).
    cls = type(object)
    fields = getattr(cls, "__dataclass_fields__", None)
    params = getattr(cls, "__dataclass_params__", None)
    if fields is None or params is None or isinstance(object, type):
        return None
    if not params.repr or not getattr(cls.__repr__, "_dataclass_repr", False):
        return None
    return [(f.name, getattr(object, f.name)) for f in fields.values()
            if str(getattr(f, "_field_type", "")) == "_FIELD" and f.repr]


_SCALARS = (str, float, bool, type(None))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent_per_level, self._width, self._depth = indent, width, depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    def pformat(self, object):
        out = []
        self._put(object, out, 0, 0, {}, 0)
        return "".join(out)

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def isrecursive(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return recursive

    # -- one line: (text, readable, recursive) --

    # A subclass may override format(): every one-line rendering, items included,
    # goes through it.
    def format(self, object, context, maxlevels, level):
        return self._one_line(object, context, maxlevels, level)

    def _one_line(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            text = format(object, "_d") if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            pairs = self._dict_items(object)
            return self._join(object, context, maxlevels, level, "{", "}", pairs)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._join(object, context, maxlevels, level, "[", "]", [(x,) for x in object])
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            close = ",)" if len(object) == 1 else ")"
            return self._join(object, context, maxlevels, level, "(", close, [(x,) for x in object])
        text = repr(object)
        return text, bool(text) and not text.startswith("<"), False

    def _join(self, container, context, maxlevels, level, open_, close, entries):
        # entries: 1-tuples of items, or 2-tuples of key and value.
        key = id(container)
        if maxlevels and level >= maxlevels:
            return open_ + "..." + close, False, key in context
        if key in context:
            return _cycle_note(container), False, True
        context[key] = 1
        readable, recursive = True, False
        texts = []
        for entry in entries:
            parts = []
            for value in entry:
                text, ok, loops = self.format(value, context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or loops
            texts.append(": ".join(parts))
        del context[key]
        return open_ + ", ".join(texts) + close, readable, recursive

    def _dict_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_item_order)
        return list(mapping.items())

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, dict(context), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    # -- several lines --

    def _put(self, object, out, indent, allowance, context, level):
        # Writes object starting at column `indent`, keeping `allowance` columns free
        # after it for what closes the containers around it.
        key = id(object)
        if key in context:
            out.append(_cycle_note(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            opener = _opener_for(type(object))
            fields = None if opener is not None else _shown_fields(object)
            if opener is not None or fields is not None:
                context[key] = 1
                if opener is not None:
                    opener(self, object, out, indent, allowance, context, level + 1)
                else:
                    name = type(object).__name__
                    out.append(name + "(")
                    self._put_named(fields, out, indent + len(name) + 1, allowance, context, level + 1)
                    out.append(")")
                del context[key]
                return
        out.append(text)

    def _put_items(self, items, out, indent, allowance, context, level):
        # A sequence's items, one a line at indent + the indent per level.
        step = self._indent_per_level
        indent += step
        if step > 1:
            out.append(" " * (step - 1))
        items = list(items)
        if self._compact:
            self._pack_items(items, out, indent, allowance, context, level)
            return
        for n, item in enumerate(items):
            last = n == len(items) - 1
            if n:
                out.append(",\n" + " " * indent)
            self._put(item, out, indent, allowance if last else 1, context, level)

    def _pack_items(self, items, out, indent, allowance, context, level):
        # compact=True: items whose repr fits are packed on a line, ", " between them
        # (each counted with two columns for what follows it); an item that fits on no
        # line is written as _put writes it, on a line of its own.
        line_width = self._width - indent + 1
        room = line_width
        before = ""
        for n, item in enumerate(items):
            last = n == len(items) - 1
            reserve = allowance if last else 0
            room -= reserve
            shown = self._repr(item, context, level)
            cost = len(shown) + 2
            if cost > room:
                room = line_width - reserve
                before = ",\n" + " " * indent if before else ""
            if cost <= room:
                out.append(before + shown)
                room -= cost
                before = ", "
            else:
                out.append(before)
                before = ",\n" + " " * indent
                self._put(item, out, indent, allowance if last else 1, context, level)

    def _put_pairs(self, pairs, out, indent, allowance, context, level):
        # "key: value" a line; a value that needs lines of its own starts after its key.
        indent += self._indent_per_level
        for n, (k, v) in enumerate(pairs):
            if n:
                out.append(",\n" + " " * indent)
            shown = self._repr(k, context, level)
            out.append(shown + ": ")
            last = n == len(pairs) - 1
            self._put(v, out, indent + len(shown) + 2, allowance if last else 1, context, level)

    def _put_named(self, pairs, out, indent, allowance, context, level):
        # "name=value" a line, as namespaces and dataclasses show their attributes.
        for n, (name, value) in enumerate(pairs):
            if n:
                out.append(",\n" + " " * indent)
            out.append(name + "=")
            last = n == len(pairs) - 1
            if id(value) in context:
                out.append("...")
            else:
                self._put(value, out, indent + len(name) + 1, allowance if last else 1, context, level)

    def _open_dict(self, d, out, indent, allowance, context, level):
        out.append("{")
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))
        if d:
            self._put_pairs(self._dict_items(d), out, indent, allowance + 1, context, level)
        out.append("}")

    def _open_list(self, items, out, indent, allowance, context, level):
        out.append("[")
        self._put_items(items, out, indent, allowance + 1, context, level)
        out.append("]")

    def _open_tuple(self, items, out, indent, allowance, context, level):
        close = ",)" if len(items) == 1 else ")"
        out.append("(")
        self._put_items(items, out, indent, allowance + len(close), context, level)
        out.append(close)

    def _open_set(self, items, out, indent, allowance, context, level):
        if not items:
            out.append(repr(items))
            return
        if type(items) is set:
            out.append("{")
            close = "}"
        else:
            name = type(items).__name__
            out.append(name + "({")
            close = "})"
            indent += len(name) + 1
        ordered = sorted(items, key=_Ordered)
        self._put_items(ordered, out, indent, allowance + len(close), context, level)
        out.append(close)

    def _open_str(self, text, out, indent, allowance, context, level):
        if not text:
            out.append(repr(text))
            return
        # At the top level the pieces are put in parentheses, one column further in.
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = text.splitlines(True)
        literals = []
        for n, line in enumerate(lines):
            final_line = n == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (width - allowance if final_line else width):
                literals.append(whole)
                continue
            pieces = _pieces(line)
            current = ""
            for m, piece in enumerate(pieces):
                limit = width - allowance if final_line and m == len(pieces) - 1 else width
                if len(repr(current + piece)) > limit:
                    if current:
                        literals.append(repr(current))
                    current = piece
                else:
                    current += piece
            if current:
                literals.append(repr(current))
        if len(literals) == 1:
            out.append(repr(text))
            return
        out.append(("(" if top else "") + ("\n" + " " * indent).join(literals) + (")" if top else ""))

    def _open_ordered_dict(self, d, out, indent, allowance, context, level):
        if not d:
            out.append(repr(d))
            return
        name = type(d).__name__
        out.append(name + "(")
        self._put(list(d.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.append(")")

    def _open_default_dict(self, d, out, indent, allowance, context, level):
        if not d:
            out.append(repr(d))
            return
        name = type(d).__name__
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, self._repr(d.default_factory, context, level), " " * indent))
        self._open_dict(d, out, indent, allowance + 1, context, level)
        out.append(")")

    def _open_counter(self, counter, out, indent, allowance, context, level):
        if not counter:
            out.append(repr(counter))
            return
        name = type(counter).__name__
        out.append(name + "({")
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))
        self._put_pairs(counter.most_common(), out, indent + len(name) + 1, allowance + 2, context, level)
        out.append("})")

    def _open_chain_map(self, chain, out, indent, allowance, context, level):
        if not chain.maps:
            out.append(repr(chain))
            return
        name = type(chain).__name__
        out.append(name + "(")
        indent += len(name) + 1
        for n, mapping in enumerate(chain.maps):
            if n:
                out.append(",\n" + " " * indent)
            last = n == len(chain.maps) - 1
            self._put(mapping, out, indent, allowance + 1 if last else 1, context, level)
        out.append(")")

    def _open_deque(self, queue, out, indent, allowance, context, level):
        if not len(queue):
            out.append(repr(queue))
            return
        name = type(queue).__name__
        out.append(name + "([")
        indent += len(name) + 1
        if queue.maxlen is None:
            self._put_items(queue, out, indent, allowance + 2, context, level)
            out.append("])")
        else:
            self._put_items(queue, out, indent, 2, context, level)
            out.append("],\n%smaxlen=%s)" % (" " * indent, self._repr(queue.maxlen, context, level)))

    def _open_namespace(self, space, out, indent, allowance, context, level):
        name = "namespace" if type(space) is _types.SimpleNamespace else type(space).__name__
        out.append(name + "(")
        self._put_named(list(vars(space).items()), out, indent + len(name) + 1, allowance, context, level)
        out.append(")")

    def _open_mapping_proxy(self, proxy, out, indent, allowance, context, level):
        out.append("mappingproxy(")
        self._put(proxy.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(")")


# How an object that does not fit is opened: by the class that gave it its repr, so a
# subclass that keeps its base's repr opens as its base does. The VM's builtin classes
# show no __dict__, so they are looked up by the class itself.
_OPEN_BUILTIN = {dict: PrettyPrinter._open_dict, list: PrettyPrinter._open_list, tuple: PrettyPrinter._open_tuple,
                 set: PrettyPrinter._open_set, frozenset: PrettyPrinter._open_set, str: PrettyPrinter._open_str}

_OPEN_BY_REPR = {
    _collections.OrderedDict.__repr__: PrettyPrinter._open_ordered_dict,
    _collections.defaultdict.__repr__: PrettyPrinter._open_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._open_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._open_chain_map,
    _collections.deque.__repr__: PrettyPrinter._open_deque,
    _types.SimpleNamespace.__repr__: PrettyPrinter._open_namespace,
    _types.MappingProxyType.__repr__: PrettyPrinter._open_mapping_proxy,
}


def _opener_for(kind):
    for klass in kind.__mro__:
        if klass in _OPEN_BUILTIN:
            return _OPEN_BUILTIN[klass]
        own = getattr(klass, "__dict__", None)
        if own is not None and "__repr__" in own:
            return _OPEN_BY_REPR.get(own["__repr__"])
    return None
