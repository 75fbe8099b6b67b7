# string — string constants, capwords, Template and Formatter, for Edge Python in plain
# Python (modules/README.md), written here from CPython 3.11's documented behaviour.
# Template reads $name, ${name} and $$ itself (there is no re module): a subclass may
# change `delimiter`, not `idpattern` or `pattern`. Formatter parses format strings as
# str.format does, with the same messages, in methods a subclass may override.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

ascii_lowercase = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdefABCDEF"
octdigits = digits[:8]
# Every printable ASCII character that is not a letter, a digit or a space.
punctuation = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
whitespace = " \t\n\r\x0b\x0c"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    # Split (on runs of white space when sep is None), capitalize each word, and join
    # with sep (a single space when None).
    words = s.split(sep)
    return (" " if sep is None else sep).join(word.capitalize() for word in words)


_NAME_START = set("_" + ascii_letters)
_NAME_REST = _NAME_START | set(digits)


def _name_at(text, i):
    # The placeholder name (ASCII, not starting with a digit) that starts at text[i].
    end = i
    while end < len(text) and text[end] in (_NAME_REST if end > i else _NAME_START):
        end += 1
    return text[i:end]


class _KeywordsFirst:
    # substitute(mapping, **kws): a keyword wins over the mapping's entry.
    def __init__(self, keywords, mapping):
        self.keywords = keywords
        self.mapping = mapping

    def __getitem__(self, key):
        return self.keywords[key] if key in self.keywords else self.mapping[key]


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields ("text", text), ("name", name, source) or ("bad", offset) for what the
        # template holds, in order; offset is where the bad placeholder's name would be.
        text, mark = self.template, self.delimiter
        done = 0
        while True:
            found = text.find(mark, done)
            if found < 0:
                break
            if found > done:
                yield ("text", text[done:found])
            after = found + len(mark)
            if text.startswith(mark, after):
                yield ("text", mark)
                done = after + len(mark)
                continue
            name = _name_at(text, after)
            braced = ""
            if not name and text.startswith("{", after):
                braced = _name_at(text, after + 1)
                if not (braced and text.startswith("}", after + 1 + len(braced))):
                    braced = ""
            if name:
                done = after + len(name)
                yield ("name", name, text[found:done])
            elif braced:
                done = after + len(braced) + 2
                yield ("name", braced, text[found:done])
            else:
                done = after
                yield ("bad", after)
        if done < len(text):
            yield ("text", text[done:])

    def _bad(self, offset):
        before = self.template[:offset].splitlines(True)
        line = max(1, len(before))
        column = offset - len("".join(before[:-1])) if before else 1
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, column))

    def _fill(self, mapping, kws, lenient):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _KeywordsFirst(kws, mapping)
        out = []
        for piece in self._scan():
            if piece[0] == "text":
                out.append(piece[1])
            elif piece[0] == "name":
                try:
                    out.append(str(mapping[piece[1]]))
                except KeyError:
                    if not lenient:
                        raise
                    out.append(piece[2])
            elif lenient:
                out.append(self.delimiter)
            else:
                self._bad(piece[1])
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        return all(piece[0] != "bad" for piece in self._scan())

    def get_identifiers(self):
        # Each name once, in the order first met; bad placeholders are passed over.
        names = []
        for piece in self._scan():
            if piece[0] == "name" and piece[1] not in names:
                names.append(piece[1])
        return names


# ---- Formatter ----

class _FormatReader:
    # Reads a format string as str.format does: (literal text, field name, format spec,
    # conversion) a step, the last three None after text with no field ("{{" and "}}"
    # end a piece of text, keeping one brace).

    def __init__(self, text):
        self.text = text
        self.at = 0

    def take(self):
        c = self.text[self.at]
        self.at += 1
        return c

    def more(self):
        return self.at < len(self.text)

    def steps(self):
        while self.more():
            start = self.at
            brace = ""
            while self.more():
                c = self.take()
                if c in "{}":
                    brace = c
                    break
            literal_end = self.at
            doubled = self.more() and self.text[self.at] == brace
            if brace == "}" and not doubled:
                raise ValueError("Single '}' encountered in format string")
            if brace == "{" and not self.more():
                raise ValueError("Single '{' encountered in format string")
            if not brace or doubled:
                if doubled:
                    self.at += 1
                yield (self.text[start:literal_end], None, None, None)
                continue
            yield (self.text[start:literal_end - 1],) + self.field()

    def field(self):
        # After "{": the name runs to "!", ":" or "}" ("[...]" may hold any of them).
        name_start = self.at
        stop = ""
        while self.more():
            c = self.take()
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                closing = self.text.find("]", self.at)
                self.at = len(self.text) if closing < 0 else closing
                continue
            if c in "}:!":
                stop = c
                break
        name = self.text[name_start:self.at - 1] if stop else self.text[name_start:self.at]
        if not stop:
            raise ValueError("expected '}' before end of string")
        if stop == "}":
            return name, "", None
        conversion = None
        if stop == "!":
            if not self.more():
                raise ValueError("end of string while looking for conversion specifier")
            conversion = self.take()
            if self.more():
                c = self.take()
                if c == "}":
                    return name, "", conversion
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        # The spec runs to the "}" that closes the field; braces inside it nest.
        spec_start = self.at
        depth = 1
        while self.more():
            c = self.take()
            depth += (c == "{") - (c == "}")
            if depth == 0:
                return name, self.text[spec_start:self.at - 1], conversion
        raise ValueError("unmatched '{' in format spec")


def _field_parts(field_name):
    # "a.b[0][k]" -> "a", then (True, "b"), (False, 0), (False, "k"); digits become ints.
    cut = len(field_name)
    for mark in ".[":
        found = field_name.find(mark)
        if 0 <= found < cut:
            cut = found
    first = field_name[:cut]
    return (int(first) if first.isdecimal() else first), _field_steps(field_name, cut)


def _field_steps(name, at):
    # Lazily, as CPython finds these errors only when it gets that far.
    while at < len(name):
        kind = name[at]
        if kind == ".":
            end = at + 1
            while end < len(name) and name[end] not in ".[":
                end += 1
            key = name[at + 1:end]
            attribute = True
            at = end
        elif kind == "[":
            end = name.find("]", at + 1)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[at + 1:end]
            attribute = False
            at = end + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        if not attribute and key.isdecimal():
            key = int(key)
        yield attribute, key


class _Numbering:
    # "{}" fields take the next argument; once a field names its argument by number,
    # the automatic numbering may not be used, and the other way round.
    def __init__(self):
        self.next = 0
        self.manual = False

    def resolve(self, field_name):
        if field_name == "":
            if self.manual:
                raise ValueError("cannot switch from manual field specification to automatic field numbering")
            self.next += 1
            return str(self.next - 1)
        if field_name.isdigit():
            if self.next:
                raise ValueError("cannot switch from manual field specification to automatic field numbering")
            self.manual = True
        return field_name


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text = self._expand(format_string, args, kwargs, used, 2, _Numbering())
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth_left, numbering):
        # A spec may hold fields of its own ("{:{width}}"), two levels at the most.
        if depth_left < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            out.append(literal)
            if field_name is None:
                continue
            value, key = self.get_field(numbering.resolve(field_name), args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec = self._expand(spec, args, kwargs, used, depth_left - 1, numbering)
            out.append(self.format_field(value, spec))
        return "".join(out)

    def parse(self, format_string):
        return _FormatReader(format_string).steps()

    def get_field(self, field_name, args, kwargs):
        first, steps = _field_parts(field_name)
        value = self.get_value(first, args, kwargs)
        for attribute, key in steps:
            value = getattr(value, key) if attribute else value[key]
        return value, first

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        converters = {None: None, "s": str, "r": repr, "a": ascii}
        if conversion not in converters:
            raise ValueError("Unknown conversion specifier %s" % (conversion,))
        convert = converters[conversion]
        return value if convert is None else convert(value)
