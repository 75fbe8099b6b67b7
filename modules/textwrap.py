# textwrap — CPython 3.11's text wrapping and filling for Edge Python, in plain Python
# (modules/README.md): TextWrapper, wrap, fill, shorten, dedent and indent. There is no
# `re` module, so the text is cut into words by hand, by the rules CPython's word
# separator follows: runs of whitespace, em-dashes ("--") between words, and words that
# may break after a hyphen between letters ("goof-ball" -> "goof-", "ball").

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_end(c):
    return _is_word_char(c) or c in "!\"'&.,?"


# Whether text[k:] is two or more hyphens followed by a word character.
def _em_dash_at(text, k):
    n = len(text)
    j = k
    while j < n and text[j] == "-":
        j += 1
    return j - k >= 2 and j < n and _is_word_char(text[j])


# Whether a word may break after the hyphen at text[k]: two letters before it, or a
# letter, a hyphen and a letter; and after it a letter, maybe a hyphen, and a letter.
def _hyphen_breaks(text, k):
    n = len(text)
    before = (k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or \
        (k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == "-" and _is_letter(text[k - 1]))
    if not before or k + 2 >= n or not _is_letter(text[k + 1]):
        return False
    if _is_letter(text[k + 2]):
        return True
    return text[k + 2] == "-" and k + 3 < n and _is_letter(text[k + 3])


def _split_on_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif i > 0 and _is_word_end(text[i - 1]) and _em_dash_at(text, i):
            j = i + 1
            while text[j] == "-":
                j += 1
        else:
            k = i + 1
            while True:
                if k < n and text[k] == "-" and _hyphen_breaks(text, k):
                    j = k + 1
                    break
                if k == n or text[k] in _whitespace:
                    j = k
                    break
                if _is_word_end(text[k - 1]) and _em_dash_at(text, k):
                    j = k
                    break
                k += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


# Whether a chunk ends a sentence: a lowercase letter, then . ! or ?, maybe a quote.
def _ends_sentence(chunk):
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    unicode_whitespace_trans = {ord(c): ord(" ") for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    # A chunk longer than a whole line: its head goes on the current line (at a hyphen
    # when it can), or, with break_long_words off, the whole chunk on a line of its own.
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = chunks[::-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # No line but the first starts with whitespace.
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                chunks.pop()
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_blank and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(self.placeholder) <= self.width:
                    lines[-1] = prev_line + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


# The leading spaces and tabs of a line.
def _margin_of(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    lines = text.split("\n")
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        lead = _margin_of(line)
        if len(lead) == len(line):
            # Lines of spaces and tabs only are emptied and do not count.
            lines[k] = ""
            continue
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            i = 0
            while i < len(margin) and i < len(lead) and margin[i] == lead[i]:
                i += 1
            margin = margin[:i]
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
