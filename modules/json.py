# json — CPython 3.11's JSON encoder and decoder for Edge Python, in plain Python
# (modules/README.md): dumps, dump, loads, load, JSONEncoder, JSONDecoder and
# JSONDecodeError, with indent, separators, sort_keys, skipkeys, ensure_ascii,
# allow_nan, check_circular, default, cls, object_hook, object_pairs_hook, parse_float,
# parse_int and parse_constant. The output is CPython's byte for byte (floats by their
# repr, the same escapes and layout), and malformed input raises CPython's messages at
# the same line, column and character ("Expecting ',' delimiter: line 1 column 4 (char
# 3)"). json.decoder.JSONDecodeError and json.encoder.JSONEncoder name the classes too.
#
# Edge Python cannot subclass int or str, so an IntEnum or StrEnum member (enum.py),
# which CPython encodes as its value because it is an int or a str, is encoded as its
# value here as well; and a namedtuple (not a tuple here) is encoded as an array.

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

__version__ = "2.0.9"

_INFINITY = float("inf")


# ---- decoding ----

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _StopAt(Exception):
    """No value starts at this position (the decoder reports "Expecting value")."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


_WS = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _scanstring(s, end, strict=True):
    """The string whose opening quote is just before s[end]: (text, index after the
    closing quote)."""
    chunks = []
    n = len(s)
    begin = end - 1
    while True:
        nxt = end
        c = ""
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == "\\":
                break
            if strict and c <= "\x1f":
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if nxt > end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != "u":
            end = nxt + 1
            ch = _BACKSLASH.get(c)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            chunks.append(ch)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        digits = s[nxt:end]
        if not all(d in _HEX for d in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
        code = int(digits, 16)
        # A high surrogate and a low one make one character.
        if 0xD800 <= code <= 0xDBFF and end + 6 < n and s[end] == "\\" and s[end + 1] == "u":
            digits2 = s[end + 2:end + 6]
            if not all(d in _HEX for d in digits2):
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            code2 = int(digits2, 16)
            if 0xDC00 <= code2 <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (code2 - 0xDC00))
                end += 6
        chunks.append(chr(code))
    return "".join(chunks), end


class _Scanner:
    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def scan(self, s, idx):
        n = len(s)
        if idx >= n:
            raise _StopAt(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, self.strict)
        if c == "{":
            return self.parse_object(s, idx + 1)
        if c == "[":
            return self.parse_array(s, idx + 1)
        if c == "n" and s[idx:idx + 4] == "null":
            return None, idx + 4
        if c == "t" and s[idx:idx + 4] == "true":
            return True, idx + 4
        if c == "f" and s[idx:idx + 5] == "false":
            return False, idx + 5
        if c == "N" and s[idx:idx + 3] == "NaN":
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s[idx:idx + 8] == "Infinity":
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s[idx:idx + 9] == "-Infinity":
            return self.parse_constant("-Infinity"), idx + 9
        return self.match_number(s, idx)

    def match_number(self, s, start):
        n = len(s)
        idx = start
        if s[idx] == "-":
            idx += 1
            if idx >= n:
                raise _StopAt(start)
        c = s[idx]
        if "1" <= c <= "9":
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif c == "0":
            idx += 1
        else:
            raise _StopAt(start)
        is_float = False
        if idx < n - 1 and s[idx] == "." and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n - 1 and s[idx] in "eE":
            e_start = idx
            idx += 1
            if idx < n - 1 and s[idx] in "-+":
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def parse_object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != "}":
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
                key, idx = _scanstring(s, idx + 1, self.strict)
                key = self.memo.setdefault(key, key)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == "}":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def parse_array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != "]":
            while True:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == "]":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


class JSONDecoder:
    """Simple JSON <https://json.org> decoder: objects become dicts, arrays lists, strings
    strs, numbers ints or floats, true/false/null True/False/None (and NaN, Infinity,
    -Infinity floats)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0, len(s)))
        end = _skip_ws(s, end, len(s))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        try:
            return _Scanner(self).scan(s, idx)
        except _StopAt as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str`` instance containing a JSON document) to a Python
    object."""
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing a JSON
    document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


# ---- encoding ----

# The escapes of a string: the quote, the backslash, and the control characters.
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_TABLE = {}
for _i in range(0x20):
    _ESCAPE_TABLE[_i] = _ESCAPES.get(chr(_i), "\\u%04x" % _i)
_ESCAPE_TABLE[ord('"')] = '\\"'
_ESCAPE_TABLE[ord("\\")] = "\\\\"
_ASCII_TABLE = dict(_ESCAPE_TABLE)
_ASCII_TABLE[0x7F] = "\\u007f"
del _i


def _non_ascii_escape(c):
    n = ord(c)
    if n < 0x10000:
        return "\\u%04x" % n
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF))


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    s = s.translate(_ASCII_TABLE)
    if not s.isascii():
        s = "".join([c if c < "\x80" else _non_ascii_escape(c) for c in s])
    return '"' + s + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


def _floatstr(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == _INFINITY:
        text = "Infinity"
    elif o == -_INFINITY:
        text = "-Infinity"
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


# What CPython encodes as an int or a str because it is one: IntEnum and StrEnum members
# here are not (Edge Python has no int or str subclasses yet).
def _int_like(o):
    return getattr(type(o), "_edge_int_", False) is True


def _str_like(o):
    return getattr(type(o), "_edge_str_", False) is True


def _tuple_like(o):
    return hasattr(type(o), "_fields") and hasattr(type(o), "_make")


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures: dicts
    become objects, lists and tuples arrays, strs strings, ints and floats numbers,
    True/False/None true/false/null. A subclass's default() may encode other objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise ``TypeError``."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        out = []
        _Encoding(self, markers, encoder, indent).encode(o, 0, out)
        if _one_shot:
            return out
        return iter(out)


# The chunks of an encoding, as CPython's iterencode yields them: a primitive value joined
# to the separator before it, a container's brackets and separators on their own.
class _Encoding:
    def __init__(self, owner, markers, encoder, indent):
        self.owner = owner
        self.markers = markers
        self.encoder = encoder
        self.indent = indent
        self.item_separator = owner.item_separator
        self.key_separator = owner.key_separator
        self.allow_nan = owner.allow_nan
        self.sort_keys = owner.sort_keys
        self.skipkeys = owner.skipkeys

    def float_text(self, o):
        try:
            return _floatstr(o, self.allow_nan)
        except ValueError:
            if self.indent is not None:
                # CPython's Python encoder (the one that indents) names the value.
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o)) from None
            raise

    # The text of a primitive value, or None for anything else.
    def primitive(self, o):
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return repr(int(o))
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def encode(self, o, level, out):
        text = self.primitive(o)
        if text is not None:
            out.append(text)
        elif isinstance(o, (list, tuple)) or _tuple_like(o):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        elif _int_like(o):
            out.append(repr(int(o)))
        elif _str_like(o):
            out.append(self.encoder(o._value_))
        else:
            self.enter(o)
            self.encode(self.owner.default(o), level, out)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode_list(self, lst, level, out):
        if not lst:
            out.append("[]")
            return
        self.enter(lst)
        buf = "["
        if self.indent is not None:
            level += 1
            newline_indent = "\n" + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.primitive(value)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self.encode(value, level, out)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("]")
        self.leave(lst)

    def encode_dict(self, dct, level, out):
        if not dct:
            out.append("{}")
            return
        self.enter(dct)
        out.append("{")
        if self.indent is not None:
            level += 1
            newline_indent = "\n" + self.indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float_text(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int) or _int_like(key):
                key = repr(int(key))
            elif _str_like(key):
                key = key._value_
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(self.encoder(key))
            out.append(self.key_separator)
            self.encode(value, level, out)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("}")
        self.leave(dct)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None and
            separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting
    file-like object)."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


# json.decoder and json.encoder, CPython's submodules, by the names programs use.
class _Namespace:
    def __init__(self, **names):
        for key, value in names.items():
            setattr(self, key, value)


decoder = _Namespace(JSONDecoder=JSONDecoder, JSONDecodeError=JSONDecodeError, scanstring=_scanstring)
encoder = _Namespace(JSONEncoder=JSONEncoder, encode_basestring=encode_basestring,
                     encode_basestring_ascii=encode_basestring_ascii)
