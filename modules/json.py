# json — JSON encoding and decoding, for Edge Python in plain Python (modules/README.md),
# written here from CPython 3.11's documented behaviour: dumps, dump, loads, load,
# JSONEncoder, JSONDecoder and JSONDecodeError, with indent, separators, sort_keys,
# skipkeys, ensure_ascii, allow_nan, check_circular, default, cls, object_hook,
# object_pairs_hook, parse_float, parse_int and parse_constant. The text written is
# CPython's to the byte (floats by their repr, the same escapes and layout), and bad
# input raises CPython's messages at the same line, column and character ("Expecting ','
# delimiter: line 1 column 4 (char 3)"). json.decoder.JSONDecodeError and
# json.encoder.JSONEncoder name the classes too.
#
# Edge Python cannot subclass int or str, so an IntEnum or StrEnum member (enum.py),
# which CPython writes as its value because it is an int or a str, is written as its
# value here as well; and a namedtuple (not a tuple here) is written as an array.

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

__version__ = "2.0.9"


# ---- reading ----

class JSONDecodeError(ValueError):
    # msg, doc and pos as given; lineno and colno count from 1.
    def __init__(self, msg, doc, pos):
        line_start = doc.rfind("\n", 0, pos) + 1
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count("\n", 0, pos) + 1
        self.colno = pos - line_start + 1
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    # No JSON value starts at `at`: the caller reports "Expecting value" there.
    def __init__(self, at):
        Exception.__init__(self, at)
        self.at = at


_BLANKS = " \t\n\r"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"
_DIGITS = "0123456789"
_NAMED = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


def _after_blanks(s, at):
    while at < len(s) and s[at] in _BLANKS:
        at += 1
    return at


def _four_hex(s, at):
    # The code unit of the four hex digits after s[at] == "u".
    digits = s[at + 1:at + 5]
    if len(digits) != 4 or not all(c in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, at)
    return int(digits, 16)


def _read_string(s, at, strict=True):
    # s[at] is just past the opening quote. Returns (text, index past the closing quote).
    opening = at - 1
    parts = []
    run_start = at
    while True:
        if at >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, opening)
        c = s[at]
        if c == '"':
            parts.append(s[run_start:at])
            return "".join(parts), at + 1
        if c == "\\":
            parts.append(s[run_start:at])
            if at + 1 >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, opening)
            kind = s[at + 1]
            if kind == "u":
                unit = _four_hex(s, at + 1)
                at += 6
                # A high surrogate followed by an escaped low one is one character.
                if 0xD800 <= unit <= 0xDBFF and s[at:at + 2] == "\\u":
                    low = _four_hex(s, at + 1)
                    if 0xDC00 <= low <= 0xDFFF:
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        at += 6
                parts.append(chr(unit))
            elif kind in _SIMPLE_ESCAPES:
                parts.append(_SIMPLE_ESCAPES[kind])
                at += 2
            else:
                raise JSONDecodeError("Invalid \\escape", s, at)
            run_start = at
            continue
        if c < " " and strict:
            raise JSONDecodeError("Invalid control character at", s, at)
        at += 1


class _Reader:
    # One pass over one document, with the decoder's hooks.

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.pairs_hook = decoder.object_pairs_hook
        self.make_float = decoder.parse_float
        self.make_int = decoder.parse_int
        self.make_constant = decoder.parse_constant
        self.keys = {}

    def value(self, at):
        s = self.s
        if at >= len(s):
            raise _NoValue(at)
        c = s[at]
        if c == '"':
            return _read_string(s, at + 1, self.strict)
        if c == "{":
            return self.object(at + 1)
        if c == "[":
            return self.array(at + 1)
        for word, result in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, at):
                return result, at + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, at):
                return self.make_constant(word), at + len(word)
        return self.number(at)

    def number(self, start):
        # -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? : a fraction or exponent not
        # followed by digits is not part of the number.
        s = self.s
        at = start + 1 if s.startswith("-", start) else start
        if at < len(s) and s[at] == "0":
            at += 1
        elif at < len(s) and s[at] in _DIGITS:
            at = self._digits(at)
        else:
            raise _NoValue(start)
        whole = at
        if s.startswith(".", at) and at + 1 < len(s) and s[at + 1] in _DIGITS:
            at = self._digits(at + 1)
        if at < len(s) and s[at] in "eE":
            mark = at + 1
            if mark < len(s) and s[mark] in "+-":
                mark += 1
            if mark < len(s) and s[mark] in _DIGITS:
                at = self._digits(mark)
        if at == whole:
            return self.make_int(s[start:at]), at
        return self.make_float(s[start:at]), at

    def _digits(self, at):
        while at < len(self.s) and self.s[at] in _DIGITS:
            at += 1
        return at

    def _item(self, at):
        try:
            return self.value(at)
        except _NoValue as stop:
            raise JSONDecodeError("Expecting value", self.s, stop.at) from None

    def object(self, at):
        s = self.s
        pairs = []
        at = _after_blanks(s, at)
        if s.startswith("}", at):
            at += 1
        else:
            while True:
                if not s.startswith('"', at):
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, at)
                key, at = _read_string(s, at + 1, self.strict)
                # Equal keys share one string, as CPython's decoder does.
                key = self.keys.setdefault(key, key)
                at = _after_blanks(s, at)
                if not s.startswith(":", at):
                    raise JSONDecodeError("Expecting ':' delimiter", s, at)
                item, at = self._item(_after_blanks(s, at + 1))
                pairs.append((key, item))
                at = _after_blanks(s, at)
                if s.startswith("}", at):
                    at += 1
                    break
                if not s.startswith(",", at):
                    raise JSONDecodeError("Expecting ',' delimiter", s, at)
                at = _after_blanks(s, at + 1)
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs), at
        made = dict(pairs)
        if self.object_hook is not None:
            made = self.object_hook(made)
        return made, at

    def array(self, at):
        s = self.s
        items = []
        at = _after_blanks(s, at)
        if s.startswith("]", at):
            return items, at + 1
        while True:
            item, at = self._item(at)
            items.append(item)
            at = _after_blanks(s, at)
            if s.startswith("]", at):
                return items, at + 1
            if not s.startswith(",", at):
                raise JSONDecodeError("Expecting ',' delimiter", s, at)
            at = _after_blanks(s, at + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _NAMED.__getitem__
        self.strict = strict

    def raw_decode(self, s, idx=0):
        try:
            return _Reader(self, s).value(idx)
        except _NoValue as stop:
            raise JSONDecodeError("Expecting value", s, stop.at) from None

    def decode(self, s):
        result, end = self.raw_decode(s, _after_blanks(s, 0))
        end = _after_blanks(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return result


_plain_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    hooks = {"object_hook": object_hook, "parse_float": parse_float, "parse_int": parse_int,
             "parse_constant": parse_constant, "object_pairs_hook": object_pairs_hook}
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _plain_decoder.decode(s)
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


# ---- writing ----

# How a character is written inside a JSON string: the quote, the backslash and the
# control characters always escaped (short forms where JSON has them); with
# ensure_ascii, everything outside printable ASCII too, as \uXXXX (a surrogate pair
# beyond the BMP).
_SHORT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escaped(c):
    short = _SHORT.get(c)
    if short is not None:
        return short
    code = ord(c)
    if code < 0x10000:
        return "\\u%04x" % code
    code -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


def encode_basestring(s):
    return '"' + "".join(_escaped(c) if c < " " or c in '"\\' else c for c in s) + '"'


def encode_basestring_ascii(s):
    return '"' + "".join(c if " " <= c <= "~" and c not in '"\\' else _escaped(c) for c in s) + '"'


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


# What CPython writes as an int or a str because it is one: IntEnum and StrEnum members
# here are not (enum.py marks their classes).
def _acts_as_int(o):
    return getattr(type(o), "_edge_int_", False) is True


def _acts_as_str(o):
    return getattr(type(o), "_edge_str_", False) is True


def _acts_as_tuple(o):
    return hasattr(type(o), "_fields") and hasattr(type(o), "_make")


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.check_circular = skipkeys, ensure_ascii, check_circular
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # Lines end after a comma: no trailing space there.
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        pieces = []
        _Writer(self, pieces, _one_shot).value(o, 0)
        return iter(pieces)


class _Writer:
    # Appends the text of one document to `out` in CPython's pieces (iterencode shows
    # them): a scalar item travels with the bracket or separator before it, a container
    # item after it; keys, key separators and closing brackets are pieces of their own.

    def __init__(self, encoder, out, one_shot):
        self.encoder = encoder
        self.out = out
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        self.indent = " " * indent if isinstance(indent, int) else indent
        self.open = {} if encoder.check_circular else None
        # CPython's one-shot encoder (no indent) names no value in the NaN error.
        self.name_bad_float = not one_shot or indent is not None

    def number(self, x):
        if isinstance(x, float):
            if x != x:
                text = "NaN"
            elif x in (float("inf"), float("-inf")):
                text = "Infinity" if x > 0 else "-Infinity"
            else:
                return float.__repr__(x)
            if not self.encoder.allow_nan:
                suffix = ": " + repr(x) if self.name_bad_float else ""
                raise ValueError("Out of range float values are not JSON compliant" + suffix)
            return text
        return int.__repr__(x) if isinstance(x, int) else repr(x.value)

    def scalar(self, o):
        # The text of a str, number, bool or None; None for anything else.
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return "null"
        if o is True or o is False:
            return "true" if o else "false"
        if isinstance(o, (int, float)) or _acts_as_int(o):
            return self.number(o)
        if _acts_as_str(o):
            return self.quote(o.value)
        return None

    def value(self, o, depth, before=""):
        text = self.scalar(o)
        if text is not None:
            self.out.append(before + text)
            return
        if before:
            self.out.append(before)
        if isinstance(o, (list, tuple)) or _acts_as_tuple(o):
            self.array(o, depth)
        elif isinstance(o, dict):
            self.mapping(o, depth)
        else:
            self.enter(o)
            self.value(self.encoder.default(o), depth)
            self.leave(o)

    def enter(self, o):
        if self.open is not None:
            if id(o) in self.open:
                raise ValueError("Circular reference detected")
            self.open[id(o)] = o

    def leave(self, o):
        if self.open is not None:
            del self.open[id(o)]

    def layout(self, depth):
        # (text after the opening bracket, text between items, text before the closing
        # one): with an indent, each item on a line of its own, one step further in.
        between = self.encoder.item_separator
        if self.indent is None:
            return "", between, None
        inner = "\n" + self.indent * (depth + 1)
        return inner, between + inner, "\n" + self.indent * depth

    def array(self, items, depth):
        if not items:
            self.out.append("[]")
            return
        self.enter(items)
        first, between, last = self.layout(depth)
        before = "[" + first
        for item in items:
            self.value(item, depth + 1, before)
            before = between
        if last is not None:
            self.out.append(last)
        self.out.append("]")
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if _acts_as_str(key):
            return key.value
        if isinstance(key, (bool, int, float)) or key is None or _acts_as_int(key):
            return self.scalar(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(key).__name__)

    def mapping(self, d, depth):
        if not d:
            self.out.append("{}")
            return
        self.enter(d)
        first, between, last = self.layout(depth)
        self.out.append("{")
        if first:
            self.out.append(first)
        pairs = sorted(d.items()) if self.encoder.sort_keys else d.items()
        started = False
        for key, item in pairs:
            key = self.key_text(key)
            if key is None:
                continue
            if started:
                self.out.append(between)
            started = True
            self.out.append(self.quote(key))
            self.out.append(self.encoder.key_separator)
            self.value(item, depth + 1)
        if last is not None:
            self.out.append(last)
        self.out.append("}")
        self.leave(d)


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys, kw):
    # The default settings share one encoder.
    if cls is None and not kw and (skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                                   sort_keys) == (False, True, True, True, None, None, None, False):
        return _plain_encoder
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw)


_plain_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                           sort_keys, kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                           sort_keys, kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


# json.decoder and json.encoder, CPython's submodules, by the names programs use.
class _Submodule:
    def __init__(self, **names):
        for name, value in names.items():
            setattr(self, name, value)


decoder = _Submodule(JSONDecoder=JSONDecoder, JSONDecodeError=JSONDecodeError, scanstring=_read_string)
encoder = _Submodule(JSONEncoder=JSONEncoder, encode_basestring=encode_basestring,
                     encode_basestring_ascii=encode_basestring_ascii)
