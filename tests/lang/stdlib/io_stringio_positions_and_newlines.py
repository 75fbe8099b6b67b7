# io.StringIO: writing inside and past the text, truncate, seek's rules and messages,
# readline with a size, the newline modes, readlines' hint, and a closed stream.
import io

s = io.StringIO("hello world")
print(s.tell(), s.read(5), s.tell(), repr(s.read(0)), s.read())
s.seek(6)
print(s.write("there, friend"), s.getvalue())
s.seek(30)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell(), s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR))
for args in [(-1,), (1, 1), (0, 3), ("x",), (1.5,)]:
    try:
        s.seek(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s.truncate(-2)
except ValueError as e:
    print(e)
lines = io.StringIO("one\ntwo\r\nthree\rfour")
print(repr(lines.readline(2)), repr(lines.readline()), lines.readlines())
for mode in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO(newline=mode)
    t.write("a\nb\r\nc\rd")
    print(repr(mode), repr(t.getvalue()), [line for line in io.StringIO(t.getvalue(), newline=mode)])
print(io.StringIO("ab\ncd\nef\ngh\n").readlines(4))
with io.StringIO("x") as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed, f.line_buffering)
print(f.closed)
for call in [f.read, f.getvalue, lambda: f.write("y"), f.tell]:
    try:
        call()
    except ValueError as e:
        print(e)
for bad in [lambda: io.StringIO(5), lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=3),
            lambda: io.StringIO().write(3), lambda: io.StringIO().read("2"), lambda: io.StringIO().fileno()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
w = io.StringIO()
w.writelines(["a", "b", "c"])
print(w.getvalue(), isinstance(w, io.TextIOBase), isinstance(w, io.IOBase), issubclass(io.UnsupportedOperation, OSError))
print(repr(w).startswith("<_io.StringIO object at 0x"))
# expect: 0 hello 5 ''  world
# expect: 13 hello there, friend
# expect: 'hello there, friend\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00!' 31
# expect: 5 'hello' 31 5 5
# expect: ValueError Negative seek position -1
# expect: OSError Can't do nonzero cur-relative seeks
# expect: ValueError Invalid whence (3, should be 0, 1 or 2)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: Negative size value -2
# expect: 'on' 'e\n' ['two\r\n', 'three\rfour']
# expect: None 'a\nb\nc\nd' ['a\n', 'b\n', 'c\n', 'd']
# expect: '' 'a\nb\r\nc\rd' ['a\n', 'b\r\n', 'c\r', 'd']
# expect: '\n' 'a\nb\r\nc\rd' ['a\n', 'b\r\n', 'c\rd']
# expect: '\r' 'a\rb\r\rc\rd' ['a\r', 'b\r', '\r', 'c\r', 'd']
# expect: '\r\n' 'a\r\nb\r\r\nc\rd' ['a\r\r\n', 'b\r\r\r\n', 'c\rd']
# expect: ['ab\n', 'cd\n']
# expect: True True True False False False
# expect: True
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: TypeError initial_value must be str or None, not int
# expect: ValueError illegal newline value: 'x'
# expect: TypeError newline must be str or None, not int
# expect: TypeError string argument expected, got 'int'
# expect: TypeError argument should be integer or None, not 'str'
# expect: UnsupportedOperation fileno
# expect: abc True True True
# expect: True
