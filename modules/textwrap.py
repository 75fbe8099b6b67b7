# textwrap — wrapping and filling text, for Edge Python in plain Python
# (modules/README.md), written here from CPython 3.11's documented behaviour:
# TextWrapper, wrap, fill, shorten, dedent and indent, with CPython's lines exactly.
#
# Text is cut into chunks (runs of white space, and words) and lines are filled with
# whole chunks. With break_on_hyphens a word may also end after a hyphen that stands
# between letters ("goof-ball" gives "goof-" and "ball"), and an em-dash ("--") between
# words is a chunk of its own. There is no re module, so the chunking is done by hand
# below, following the rules CPython documents and applies.

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _ends_word(c):
    # What may stand before an em-dash: a word character or common punctuation.
    return _is_word(c) or c in "!\"'&.,?"


class _Chunker:
    # Cuts text into chunks by the hyphen-aware rules. `at` moves from chunk to chunk;
    # the checks may look at characters before `at` (what the last chunk ended with).

    def __init__(self, text):
        self.text = text

    def char(self, i):
        return self.text[i] if 0 <= i < len(self.text) else ""

    def is_space(self, i):
        c = self.char(i)
        return c != "" and c in _WHITESPACE

    def letter(self, i):
        c = self.char(i)
        return c != "" and _is_letter(c)

    def dash_run(self, i):
        # The end of a run of two or more hyphens at i that a word character follows,
        # or -1.
        j = i
        while self.char(j) == "-":
            j += 1
        if j - i >= 2 and self.char(j) != "" and _is_word(self.char(j)):
            return j
        return -1

    def hyphen_break(self, h):
        # A word may end after the hyphen at h when two letters (or letter, hyphen,
        # letter) stand before it and a letter, maybe a hyphen, and a letter after it.
        before = (self.letter(h - 2) and self.letter(h - 1)) or \
                 (self.letter(h - 3) and self.char(h - 2) == "-" and self.letter(h - 1))
        if not before or not self.letter(h + 1):
            return False
        return self.letter(h + 2) or (self.char(h + 2) == "-" and self.letter(h + 3))

    def next_end(self, start):
        text = self.text
        if self.is_space(start):
            end = start
            while self.is_space(end):
                end += 1
            return end
        if start > 0 and _ends_word(text[start - 1]):
            dashes = self.dash_run(start)
            if dashes > 0:
                return dashes
        # The shortest word that ends at a hyphen break, before white space or the end,
        # or before an em-dash.
        end = start + 1
        while True:
            if self.char(end) == "-" and self.hyphen_break(end):
                return end + 1
            if end >= len(text) or self.is_space(end):
                return end
            if _ends_word(text[end - 1]) and self.dash_run(end) > 0:
                return end
            end += 1

    def chunks(self):
        pieces = []
        at = 0
        while at < len(self.text):
            end = self.next_end(at)
            pieces.append(self.text[at:end])
            at = end
        return pieces


def _space_and_words(text):
    # Without hyphen breaks: runs of white space and runs of anything else.
    pieces = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (text[i] in _WHITESPACE) != (text[start] in _WHITESPACE):
            pieces.append(text[start:i])
            start = i
    return pieces


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then maybe a quote, at the chunk's end.
    if chunk[-1:] in ("'", '"'):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True,
                 break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=" [...]"):
        # The documented attributes, which may be changed between calls.
        self.width, self.max_lines, self.placeholder = width, max_lines, placeholder
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.tabsize, self.replace_whitespace = expand_tabs, tabsize, replace_whitespace
        self.drop_whitespace, self.fix_sentence_endings = drop_whitespace, fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _WHITESPACE else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _Chunker(text).chunks()
        return _space_and_words(text)

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence's end, when one space follows it (a chunk made
        # two spaces is not looked at as a sentence's end itself).
        skip_next = False
        for i in range(len(chunks) - 1):
            if skip_next:
                skip_next = False
            elif chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                skip_next = True

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: cut what fits (at a hyphen within it when
        # hyphens may break and one comes after something else), or, when long words
        # may not be broken, put it whole on a line of its own.
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        cut = room
        if self.break_on_hyphens and len(word) > room:
            hyphen = word.rfind("-", 0, room)
            if hyphen > 0 and word[:hyphen].strip("-"):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        pending = list(reversed(chunks))
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            # A line does not start with white space (except the first).
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self._may_end_here(lines, pending, used, room):
                lines.append(prefix + "".join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _may_end_here(self, lines, pending, used, room):
        # True while max_lines allows another full line, or when this one is the last
        # and everything fits.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        only_space_left = not pending or (self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
        return only_space_left and used <= room

    def _end_with_placeholder(self, lines, line, used, room, prefix):
        # The text goes on past max_lines: drop chunks from the end of this line until
        # the placeholder fits after a word; failing that, put it at the end of the
        # line before, or alone on a line.
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= room:
                lines.append(prefix + "".join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(prefix + self.placeholder.lstrip())

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    # The words joined by single spaces, cut to one line with the placeholder.
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(" ".join(text.split()))


def _indentation(line):
    # The spaces and tabs that start a line, or None for a line of nothing else.
    body = line.lstrip(" \t")
    if body == "":
        return None
    return line[:len(line) - len(body)]


def dedent(text):
    # Lines of only spaces and tabs become empty; then the indentation that every other
    # line starts with (the same characters, tabs and spaces not mixed up) goes.
    lines = text.split("\n")
    lines = [line if _indentation(line) is not None else "" for line in lines]
    common = None
    for line in lines:
        own = _indentation(line)
        if own is None:
            continue
        if common is None:
            common = own
        else:
            n = 0
            while n < min(len(common), len(own)) and common[n] == own[n]:
                n += 1
            common = common[:n]
    if common:
        lines = [line[len(common):] if line.startswith(common) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    # The prefix before every line the predicate accepts: by default, lines that are
    # not only white space.
    if predicate is None:
        def predicate(line):
            return line.strip()

    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
