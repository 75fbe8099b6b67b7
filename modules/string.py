# string — CPython 3.11's string constants, capwords, Template and Formatter for Edge
# Python, in plain Python (modules/README.md). Template reads $name, ${name} and $$ by
# hand (there is no re module): a subclass may change `delimiter`, not `idpattern` or
# `pattern`. Formatter parses format strings as str.format does, with its messages.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join([word.capitalize() for word in s.split(sep)])


_ID_START = frozenset("_" + ascii_letters)
_ID_REST = frozenset("_" + ascii_letters + digits)


# The identifier (ASCII letters, digits, _; not starting with a digit) at s[i:], or "".
def _identifier(s, i):
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return ""
    j = i + 1
    while j < n and s[j] in _ID_REST:
        j += 1
    return s[i:j]


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    # The template in pieces: (text, None, None) for literal text, (source, name, None)
    # for a placeholder, (source, None, index) for an invalid one, index just after the
    # delimiter.
    def _pieces(self):
        s = self.template
        delim = self.delimiter
        dn = len(delim)
        pieces = []
        start = 0
        i = s.find(delim)
        while i >= 0:
            if i > start:
                pieces.append((s[start:i], None, None))
            j = i + dn
            if s.startswith(delim, j):
                pieces.append((delim, None, None))
                start = j + dn
            else:
                name = _identifier(s, j)
                if name:
                    start = j + len(name)
                    pieces.append((s[i:start], name, None))
                elif s.startswith("{", j):
                    name = _identifier(s, j + 1)
                    end = j + 1 + len(name)
                    if name and s.startswith("}", end):
                        start = end + 1
                        pieces.append((s[i:start], name, None))
                    else:
                        start = j
                        pieces.append((delim, None, j))
                else:
                    start = j
                    pieces.append((delim, None, j))
            i = s.find(delim, start)
        if start < len(s):
            pieces.append((s[start:], None, None))
        return pieces

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Merged(kws, mapping)
        out = []
        for text, name, invalid in self._pieces():
            if name is not None:
                out.append(str(mapping[name]))
            elif invalid is not None:
                self._invalid(invalid)
            else:
                out.append(text)
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Merged(kws, mapping)
        out = []
        for text, name, invalid in self._pieces():
            if name is not None:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text)
            else:
                out.append(text)
        return "".join(out)

    def is_valid(self):
        for text, name, invalid in self._pieces():
            if invalid is not None:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for text, name, invalid in self._pieces():
            if invalid is not None:
                self._invalid(invalid)
            if name is not None and name not in ids:
                ids.append(name)
        return ids


# Keyword arguments over a mapping: substitute(mapping, **kws) looks in kws first.
class _Merged:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


# ---- Formatter: str.format's parsing, in methods a subclass may override ----

# The fields of a format string, as (literal_text, field_name, format_spec, conversion):
# the text before a field, then the field ({name!conv:spec}); text alone (an escaped
# brace ends a piece of text) has None for the other three.
def _parse_format(s):
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        end = i
        if c == "}" and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[i] == c:
                i += 1  # {{ or }}: the brace is literal text
                markup = False
            else:
                end -= 1
        if not markup:
            yield (s[start:end], None, None, None)
            continue
        # The field: its name ends at '!', ':' or '}' (not inside [...]).
        name_start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        name = s[name_start:i - 1]
        conversion = None
        spec = ""
        if c == "!" or c == ":":
            done = False
            if c == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == "}":
                        done = True
                    elif c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            if not done:
                spec_start = i
                depth = 1
                while i < n:
                    c = s[i]
                    i += 1
                    if c == "{":
                        depth += 1
                    elif c == "}":
                        depth -= 1
                        if depth == 0:
                            break
                if depth:
                    raise ValueError("unmatched '{' in format spec")
                spec = s[spec_start:i - 1]
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        yield (s[start:end], name, spec, conversion)


# A field name split at its first '.' or '[': (first, the rest), first an int when it is
# all digits; the rest yields (is_attribute, key), an int key for [digits], and finds
# its errors as it goes, as CPython's does.
def _split_field_name(name):
    n = len(name)
    i = 0
    while i < n and name[i] != "." and name[i] != "[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        j = i
        if c == ".":
            while j < n and name[j] != "." and name[j] != "[":
                j += 1
            if j == i:
                raise ValueError("Empty attribute in format string")
            yield (True, name[i:j])
            i = j
        elif c == "[":
            while j < n and name[j] != "]":
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            key = name[i:j]
            if key == "":
                raise ValueError("Empty attribute in format string")
            yield (False, int(key) if key.isdigit() else key)
            i = j + 1
            if i < n and name[i] != "." and name[i] != "[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # {} numbers itself; mixing it with {0} is an error, as in str.format.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier " + str(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
