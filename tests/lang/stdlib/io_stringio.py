# io.StringIO: an in-memory text file: write, read, readline, iteration, seek and tell,
# truncate, getvalue, newline translation, the `with` statement and print(file=...).
import io
from io import StringIO

buf = StringIO()
print(buf.write("hello\n"), buf.write("world"), buf.tell(), repr(buf.getvalue()))
# expect: 6 5 11 'hello\nworld'
print("a", 1, sep=", ", file=buf)
print(repr(buf.getvalue()), buf.read(), buf.tell())  # expect: 'hello\nworlda, 1\n'  16
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
# expect: 'hello\n' 'wor' 'lda, 1\n' '' ''
buf.seek(0)
print(buf.readlines(), list(StringIO("x\ny\n")), [line.rstrip() for line in StringIO("one\ntwo\nthree")])
# expect: ['hello\n', 'worlda, 1\n'] ['x\n', 'y\n'] ['one', 'two', 'three']
f = StringIO("abcdef")
f.seek(2)
f.write("XY")
print(f.getvalue(), f.tell(), f.read(), f.seek(0, io.SEEK_END), f.truncate(3), f.getvalue(), f.tell())
# expect: abXYef 4 ef 6 3 abX 6
f.write("!")
print(repr(f.getvalue()), f.seek(10), f.write("z"), repr(f.getvalue()))
# expect: 'abX\x00\x00\x00!' 10 1 'abX\x00\x00\x00!\x00\x00\x00z'
print(repr(StringIO("a\r\nb\rc\n", newline=None).read()), StringIO("a\r\nb\rc", newline="").readlines())
# expect: 'a\nb\nc\n' ['a\r\n', 'b\r', 'c']
out = StringIO(newline="\r\n")
out.write("x\ny\n")
print(repr(out.getvalue()), StringIO().readable(), StringIO().seekable(), StringIO().isatty())
# expect: 'x\r\ny\r\n' True True False
with StringIO("inside") as g:
    print(g.read(), g.closed)  # expect: inside False
print(g.closed)                # expect: True
for bad in [lambda: g.read(), lambda: StringIO().write(5), lambda: StringIO().seek(-1), lambda: StringIO().seek(1, 1),
            lambda: StringIO(newline="x"), lambda: StringIO(3)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: I/O operation on closed file
# expect: TypeError: string argument expected, got 'int'
# expect: ValueError: Negative seek position -1
# expect: OSError: Can't do nonzero cur-relative seeks
# expect: ValueError: illegal newline value: 'x'
# expect: TypeError: initial_value must be str or None, not int
print(issubclass(io.UnsupportedOperation, ValueError), isinstance(StringIO(), io.TextIOBase), isinstance(buf, io.IOBase))
# expect: True True True
lines = StringIO()
lines.writelines(["1\n", "2\n"])
print(lines.getvalue().split())  # expect: ['1', '2']
