# io — CPython 3.11's in-memory text stream for Edge Python, in plain Python
# (modules/README.md): StringIO (write, read, readline, readlines, iteration, seek, tell,
# truncate, getvalue, close, the `with` statement), with the newline translations and
# the messages of CPython's, and the names programs test against (IOBase, TextIOBase,
# UnsupportedOperation, SEEK_SET/SEEK_CUR/SEEK_END). Edge Python has no files and no
# bytes yet: open(), BytesIO and the buffered classes wait for them.

__all__ = ["StringIO", "IOBase", "TextIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
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
        self._checkClosed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines


class TextIOBase(IOBase):
    """Base class for text I/O."""

    encoding = None
    errors = None
    newlines = None


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._parts = []
        self._buf = ""
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # The text so far, with what was appended since the last look joined in.
    def _text(self):
        if self._parts:
            self._buf += "".join(self._parts)
            self._parts = []
        return self._buf

    def _size(self):
        return len(self._buf) + sum([len(p) for p in self._parts])

    @property
    def closed(self):
        return self._closed

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def close(self):
        """Close the IO object."""
        self._closed = True
        self._parts = []
        self._buf = ""

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._checkClosed()
        return self._text()

    def write(self, s):
        """Write string to file.

        Returns the number of characters written, which is always equal to
        the length of the string.
        """
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        size = self._size()
        if self._pos == size:
            self._parts.append(s)
        else:
            text = self._text()
            if self._pos > size:
                text += "\0" * (self._pos - size)
            self._buf = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string.

        If the argument is negative or omitted, read until EOF
        is reached. Return an empty string at EOF.
        """
        self._checkClosed()
        if size is not None and not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        text = self._text()
        start = min(self._pos, len(text))
        end = len(text) if size is None or size < 0 else min(len(text), start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        """Read until newline or EOF.

        Returns an empty string if EOF is hit immediately.
        """
        self._checkClosed()
        if size is not None and not isinstance(size, int):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        text = self._text()
        start = min(self._pos, len(text))
        limit = len(text) if size is None or size < 0 else min(len(text), start + size)
        if self._newline == "":
            end = start
            while end < limit:
                c = text[end]
                end += 1
                if c == "\n":
                    break
                if c == "\r":
                    if end < limit and text[end] == "\n":
                        end += 1
                    break
        else:
            mark = "\n" if self._newline is None else self._newline
            i = text.find(mark, start, limit)
            end = limit if i < 0 else i + len(mark)
        self._pos = max(self._pos, end)
        return text[start:end]

    def tell(self):
        """Tell the current file position."""
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size()
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        """Truncate size to pos.

        The pos argument defaults to the current file position, as
        returned by tell().  The current file position is unchanged.
        Returns the new absolute position.
        """
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError(f"Negative size value {pos}")
        text = self._text()
        if pos < len(text):
            self._buf = text[:pos]
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)
