# re — regular expressions for Edge Python, with CPython 3.11's API (modules/README.md).
# The engine is native (re.wasm, modules/re.c): it parses and compiles a pattern, keeps the
# compiled programs, and runs them over a subject it holds as code points. This half is the
# API: Pattern and Match objects, the module functions, replacement templates, the cache.
# A run stops after a budget of steps and returns -1; the loops below call resume() until
# it is done, so the VM's step and time limits stop a catastrophic pattern.

from "./re.wasm" import compile as _compile_native, error_msg as _error_msg, error_pos as _error_pos
from "./re.wasm" import info as _info, group_names as _group_names, subject as _subject
from "./re.wasm" import run as _run, resume as _resume, cap as _cap, cap3 as _cap3, lastindex as _lastindex

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

# The flags are plain ints here (CPython's are a RegexFlag enum): same values.
NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256
RegexFlag = int

_FLAG_NAMES = [(TEMPLATE, "re.TEMPLATE"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
               (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"),
               (VERBOSE, "re.VERBOSE"), (DEBUG, "re.DEBUG"), (ASCII, "re.ASCII")]


class error(Exception):
    """A pattern that is not a valid regular expression (or a bad replacement template).
    msg is the message alone; pattern and pos say where; lineno and colno too."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
            msg = text
        Exception.__init__(self, msg)


PatternError = error

# ---- the engine's subject ----
# The native half holds one subject at a time; _subj is the str it holds (compared by
# identity, so a loop of match(text, pos) copies text once).
_subj = None


def _set_subject(string):
    global _subj
    if not isinstance(string, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    _subject(string)
    _subj = string


# A run that is not done after a call's budget (4096 steps of the engine) returns -1, and
# _finish calls resume() until it is. Each turn also runs an empty loop of _CHARGE turns,
# which the VM counts as steps (a backward jump each): one VM step for about 16 steps of
# the engine, so a program's maxSteps and timeout (checked every 65536 VM steps) end a
# catastrophic pattern as they end any loop. (sdk/ABI.md, "Time".)
_CHARGE = range(256)


def _finish(pattern, r):
    while r < 0:
        if r == -3:
            raise RuntimeError("re: compiled pattern evicted during a run")
        for _ in _CHARGE:
            pass
        r = _resume()
    return r


def _exec(pattern, string, pos, endpos, mode):
    # Runs pattern over string[pos:endpos]; mode 0 match, 1 search, 2 fullmatch (+4: not an
    # empty match at pos). True when it matched: _cap() reads the match.
    if string is not _subj:
        _set_subject(string)
    r = _run(pattern._code, pos, endpos, mode)
    if r < 0:
        if r == -3:
            pattern._code = _native_compile(pattern.pattern, pattern._flags_given)
            r = _run(pattern._code, pos, endpos, mode)
        if r < 0:
            r = _finish(pattern, r)
    return r


def _native_compile(pattern, flags):
    code = _compile_native(pattern, flags)
    if code < 0:
        msg = _error_msg()
        if msg[:1] == "\x01":
            raise OverflowError(msg[1:])
        if msg[:1] == "\x02":
            raise ValueError(msg[1:])
        pos = _error_pos()
        if pos < 0:
            raise error(msg)
        raise error(msg, pattern, pos)
    return code


def _span_args(string, pos, endpos):
    if not isinstance(string, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    n = len(string)
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression (re.compile)."""

    def __init__(self, pattern, flags):
        self._flags_given = flags
        self._code = _native_compile(pattern, flags)
        self.pattern = pattern
        self.flags = _info(self._code, 1)
        self.groups = _info(self._code, 0)
        index = {}
        names = _group_names(self._code).split()
        for i in range(0, len(names), 2):
            index[names[i]] = int(names[i + 1])
        self.groupindex = index
        self._names = {}
        for name in index:
            self._names[index[name]] = name
        self._templates = {}

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags & ~UNICODE
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for value, name in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _match(self, string, pos, endpos, mode):
        pos, endpos = _span_args(string, pos, endpos)
        r = _exec(self, string, pos, endpos, mode)
        if r:
            return Match(self, string, pos, endpos, r)
        return None

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = _span_args(string, pos, endpos)
        mode = 1
        while pos <= endpos:
            r = _exec(self, string, pos, endpos, mode)
            if not r:
                break
            m = Match(self, string, pos, endpos, r)
            a, b = m._caps[0], m._caps[1]
            mode = 5 if a == b else 1
            pos = b
            yield m

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = _span_args(string, pos, endpos)
        out = []
        groups = self.groups
        mode = 1
        if string is not _subj:
            _set_subject(string)
        code = self._code
        while pos <= endpos:
            r = _run(code, pos, endpos, mode)
            if r == -3:
                r = _exec(self, string, pos, endpos, mode)
                code = self._code
            elif r < 0:
                r = _finish(self, r)
            if not r:
                break
            if r > 1:
                r -= 2
                a = r >> 23
                b = r & 8388607
            else:
                a = _cap(0)
                b = _cap(1)
            if groups == 0:
                out.append(string[a:b])
            elif groups == 1:
                x = _cap(2)
                out.append(string[x:_cap(3)] if x >= 0 else "")
            else:
                item = []
                for g in range(1, groups + 1):
                    x = _cap(2 * g)
                    item.append(string[x:_cap(2 * g + 1)] if x >= 0 else "")
                out.append(tuple(item))
            mode = 5 if a == b else 1
            pos = b
        return out

    def _subx(self, repl, string, count, want_count):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        literal = None
        template = None
        call = None
        if isinstance(repl, str):
            if "\\" not in repl:
                literal = repl
            else:
                template = self._templates.get(repl)
                if template is None:
                    template = _parse_template(repl, self)
                    self._templates[repl] = template
                if len(template) == 1 and isinstance(template[0], str):
                    literal = template[0]
        elif callable(repl):
            call = repl
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        out = []
        last = 0
        n = 0
        pos = 0
        end = len(string)
        mode = 1
        while count <= 0 or n < count:
            r = _exec(self, string, pos, end, mode) if pos <= end else 0
            if not r:
                break
            if r > 1:
                w = r - 2
                a = w >> 23
                b = w & 8388607
            else:
                a = _cap(0)
                b = _cap(1)
            if a > last:
                out.append(string[last:a])
            if literal is not None:
                out.append(literal)
            elif call is not None:
                piece = call(Match(self, string, 0, end, r))
                if piece:
                    out.append(piece)  # not a str: join() below says so, as CPython
            else:
                for part in template:
                    if isinstance(part, str):
                        out.append(part)
                    else:
                        x = _cap(2 * part)
                        if x >= 0:
                            out.append(string[x:_cap(2 * part + 1)])
            last = b
            n += 1
            mode = 5 if a == b else 1
            pos = b
        out.append(string[last:])
        text = "".join(out)
        if want_count:
            return (text, n)
        return text

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def split(self, string, maxsplit=0):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        out = []
        last = 0
        n = 0
        pos = 0
        end = len(string)
        mode = 1
        groups = self.groups
        while maxsplit <= 0 or n < maxsplit:
            r = _exec(self, string, pos, end, mode) if pos <= end else 0
            if not r:
                break
            if r > 1:
                r -= 2
                a = r >> 23
                b = r & 8388607
            else:
                a = _cap(0)
                b = _cap(1)
            out.append(string[last:a])
            for g in range(1, groups + 1):
                x = _cap(2 * g)
                out.append(string[x:_cap(2 * g + 1)] if x >= 0 else None)
            last = b
            n += 1
            mode = 5 if a == b else 1
            pos = b
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._end = _span_args(string, pos, endpos)
        self._mode = 0

    def _next(self, mode):
        r = 0
        if self._pos <= self._end:
            r = _exec(self.pattern, self._string, self._pos, self._end, mode | self._mode)
        if not r:
            self._pos = self._end + 1
            return None
        m = Match(self.pattern, self._string, self._pos, self._end, r)
        self._mode = 4 if m._caps[0] == m._caps[1] else 0
        self._pos = m._caps[1]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


class Match:
    """The result of a successful match: the spans of the groups in the string."""

    def __init__(self, pattern, string, pos, endpos, r):
        # r: the run's result word, which holds the span when it is more than 1.
        n = pattern.groups
        if n == 0:
            if r > 1:
                r -= 2
                self._caps = [r >> 23, r & 8388607]
            else:
                self._caps = [_cap(0), _cap(1)]
        elif len(string) < 32767:
            caps = []
            for k in range((2 * n + 4) // 3):
                w = _cap3(k)
                caps.append((w & 65535) - 1)
                caps.append(((w >> 16) & 65535) - 1)
                caps.append((w >> 32) - 1)
            del caps[2 * n + 2:]
            self._caps = caps
        else:
            self._caps = [_cap(i) for i in range(2 * n + 2)]
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        last = _lastindex() if n else -1
        self.lastindex = last if last > 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        c = self._caps
        return tuple((c[2 * i], c[2 * i + 1]) for i in range(len(c) // 2))

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _group(self, i, default=None):
        a = self._caps[2 * i]
        if a < 0:
            return default
        return self.string[a:self._caps[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self.string[self._caps[0]:self._caps[1]]
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple(self._group(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        d = {}
        for name, i in self.re.groupindex.items():
            d[name] = self._group(i, default)
        return d

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._caps[2 * i], self._caps[2 * i + 1])

    def expand(self, template):
        parts = _parse_template(template, self.re)
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            else:
                x = self._group(part)
                if x is not None:
                    out.append(x)
        return "".join(out)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._caps[0], self._caps[1], self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- replacement templates ----

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DEC = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(template, pattern):
    # A list of str pieces and group numbers.
    if not isinstance(template, str):
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    parts = []
    lit = []
    i = 0
    n = len(template)
    groups = pattern.groups
    while i < n:
        c = template[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, start)
        c = template[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            j = template.find(">", i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise error("missing group name", template, i + 1)
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:j]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdecimal() and name.isascii():
                group = int(name)
                if group > groups:
                    raise error("invalid group reference %d" % group, template, i + 1)
            elif name.isidentifier():
                group = pattern.groupindex.get(name)
                if group is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = j + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and template[i] in _OCT:
                v = v * 8 + int(template[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in _DEC:
            if c in _OCT and i + 1 < n and template[i] in _OCT and template[i + 1] in _OCT:
                v = int(template[i - 1:i + 2], 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % template[i - 1:i + 2],
                                template, start)
                lit.append(chr(v))
                i += 2
            else:
                group = int(c)
                if i < n and template[i] in _DEC:
                    group = group * 10 + int(template[i])
                    i += 1
                if group > groups:
                    raise error("invalid group reference %d" % group, template, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            raise error("bad escape \\%s" % c, template, start)
        else:
            lit.append("\\" + c)
        if group is not None:
            if lit:
                parts.append("".join(lit))
                lit = []
            parts.append(group)
    if lit or not parts:
        parts.append("".join(lit))
    return parts


# ---- the module functions ----

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if not isinstance(pattern, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(pattern).__name__)
    out = []
    for c in pattern:
        if c in _SPECIAL:
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)
