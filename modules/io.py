# io — in-memory text streams, for Edge Python in plain Python (modules/README.md),
# written here from CPython 3.11's documented behaviour: StringIO (write, read,
# readline, readlines, iteration, seek, tell, truncate, getvalue, close, `with`), its
# newline translations and CPython's messages, and the names programs test against
# (IOBase, TextIOBase, UnsupportedOperation, SEEK_SET/SEEK_CUR/SEEK_END). Edge Python has
# no files and no bytes yet: open(), BytesIO and the buffered classes wait for them.

__all__ = ["StringIO", "IOBase", "TextIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8 * 1024


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    # What every stream has: `with`, iteration by lines, and answers of "no" for what a
    # subclass does not support.

    def _ensure_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._ensure_open()
        return self

    def __exit__(self, kind, exc, tb):
        self.close()

    def __iter__(self):
        self._ensure_open()
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def flush(self):
        self._ensure_open()

    def isatty(self):
        self._ensure_open()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def writelines(self, lines):
        self._ensure_open()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        # With a positive hint, stop once the lines read reach that many characters.
        if hint is None or hint <= 0:
            return list(self)
        taken = []
        total = 0
        while total < hint:
            line = self.readline()
            if not line:
                break
            taken.append(line)
            total += len(line)
        return taken


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _type_name(value):
    return type(value).__name__


class StringIO(TextIOBase):
    # The text is kept as a string plus the pieces written at its end since it was last
    # joined, so that many small writes stay cheap; _cursor is the stream position.

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + _type_name(newline))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + _type_name(initial_value))
        self._newline = newline
        self._joined = ""
        self._tail = []
        self._tail_size = 0
        self._cursor = 0
        self._is_closed = False
        if initial_value:
            self.write(initial_value)
            self._cursor = 0

    def _all(self):
        if self._tail:
            self._joined = self._joined + "".join(self._tail)
            self._tail = []
            self._tail_size = 0
        return self._joined

    def _length(self):
        return len(self._joined) + self._tail_size

    def _ensure_open(self):
        if self._is_closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._is_closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def close(self):
        self._is_closed = True
        self._joined, self._tail, self._tail_size = "", [], 0

    def readable(self):
        self._ensure_open()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._ensure_open()
        return self._all()

    def _translated(self, text):
        # newline=None reads any line ending as "\n"; "\r" and "\r\n" write "\n" as
        # themselves; "" and "\n" keep the text as it is.
        mode = self._newline
        if mode is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if mode == "\r" or mode == "\r\n":
            return text.replace("\n", mode)
        return text

    def write(self, s):
        self._ensure_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % _type_name(s))
        given = len(s)
        text = self._translated(s)
        end = self._length()
        if self._cursor == end:
            self._tail.append(text)
            self._tail_size += len(text)
        else:
            # Writing inside the text overwrites it; past its end, "\0" fills the gap.
            whole = self._all()
            gap = "\0" * max(0, self._cursor - end)
            self._joined = whole[:self._cursor] + gap + text + whole[self._cursor + len(text):]
        self._cursor += len(text)
        return given

    def _stop_at(self, size, message):
        if size is not None and not isinstance(size, int):
            raise TypeError(message % _type_name(size))
        text = self._all()
        start = min(self._cursor, len(text))
        limit = len(text) if size is None or size < 0 else min(len(text), start + size)
        return text, start, limit

    def read(self, size=-1):
        self._ensure_open()
        text, start, limit = self._stop_at(size, "argument should be integer or None, not '%s'")
        self._cursor = max(self._cursor, limit)
        return text[start:limit]

    def readline(self, size=-1):
        self._ensure_open()
        text, start, limit = self._stop_at(size, "integer argument expected, got '%s'")
        if self._newline == "":
            end = self._universal_line_end(text, start, limit)
        else:
            ending = self._newline or "\n"
            found = text.find(ending, start, limit)
            end = limit if found < 0 else found + len(ending)
        self._cursor = max(self._cursor, end)
        return text[start:end]

    def _universal_line_end(self, text, start, limit):
        # A line ends after "\n", after "\r", or after "\r\n".
        for at in range(start, limit):
            c = text[at]
            if c == "\n":
                return at + 1
            if c == "\r":
                return at + 2 if at + 1 < limit and text[at + 1] == "\n" else at + 1
        return limit

    def tell(self):
        self._ensure_open()
        return self._cursor

    def seek(self, pos, whence=0):
        self._ensure_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(pos))
        if whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
            raise ValueError("Invalid whence (%s, should be 0, 1 or 2)" % (whence,))
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._cursor = pos
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            self._cursor = self._length()
        return self._cursor

    def truncate(self, pos=None):
        self._ensure_open()
        if pos is None:
            pos = self._cursor
        elif pos < 0:
            raise ValueError("Negative size value %d" % pos)
        whole = self._all()
        self._joined = whole[:pos]
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)
