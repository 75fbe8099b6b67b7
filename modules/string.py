# string — CPython 3.11's string constants, capwords and Template for Edge Python, in
# plain Python (modules/README.md). Template reads $name, ${name} and $$ by hand (there
# is no re module): a subclass may change `delimiter`, not `idpattern` or `pattern`.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

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
